import os
R = lambda s, doc, q, cls=2, why='': dict(set=s, doc=doc, quote=q, act='req', cls=cls, type='pledge', why=why)
D = [
 R('random-d', 'r16759', 'The foreign currency-based loans, which carry interest at 1.5 points'),
 R('random-d', 'r5794', 'The 15-1/2 year facility, with a six year grace period'),
 R('random-e', 'r12948', 'any plywood exports to be including under the lumber guarantee offer'),
 R('random-p', 'r4441', 'government funds may be needed to rescue the system'),
 R('random-d', 'r2427', 'nor the system itself ask for aid'),
 R('random-d', 'r177', 'While he did not ask for government aid'),
 R('random-d', 'r18403', 'unless EC member states take urgent measures to provide fresh funds'),
]
