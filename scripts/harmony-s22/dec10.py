import os
R = lambda s, doc, q, why='': dict(set=s, doc=doc, quote=q, act='req', cls=3, type='tariff', why=why)
D = [
 R('reuters-wire-2', 'r16187', 'why it planned tariffs'),
 R('reuters-wire-5', 'r10695', 'Some analysts said tariffs would also harm U.S. Industry'),
 R('reuters-wire-7', 'r6876', 'showed support for the oil import fee from 22 pct'),
]
