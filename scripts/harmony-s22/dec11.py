import os
R = lambda s, doc, q, why='': dict(set=s, doc=doc, quote=q, act='req', cls=3, type='tariff', why=why)
D = [
 R('modern-1', 'm1-015', 'The new tariff will not stack on top'),
 R('modern-19', 'm26-008', 'The countervailing duties are separate from'),
 R('modern-4', 'm4-019', 'Any duty imposed under the order lapses'),
]
