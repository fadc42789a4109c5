import os
# class 1: a part of a package/deal with its own sum, in an article whose package is a required pledge -> required (same modality as the package)
R = lambda s, doc, q, cls=1, why='': dict(set=s, doc=doc, quote=q, act='req', cls=cls, type='pledge', why=why)
D = [
 R('modern-2', 'm2-038', 'The package includes a steel mill in Louisiana', 2),
 R('modern-30', 'm37-007', 'roughly half of the new money would top up the funds'),
 R('modern-27', 'm34-005', 'the tranche would steady the rupee', 2),
 R('random-f', 'r7731', 'five billion dlrs will be lent for 12 years'),
 R('random-f', 'r7731', 'Mexico will not draw the first two tranches'),
 R('random-f', 'r7731', 'The size of the package thus comes to about 76 billion dlrs'),
]
