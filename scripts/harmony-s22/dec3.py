import os
# class 3: a tariff noun as head of a noun phrase ("the levy", "those duties", "the tariffs") re-mentioning a tariff event -> required;
# a tariff word only as a modifier (tariff cost/war/regime/revenue/gap/negotiations), refunds, sanctions not called tariffs, statutes in general: left as they are.
R = lambda s, doc, q, why='': dict(set=s, doc=doc, quote=q, act='req', cls=3, type='tariff', why=why)
D = [
 R('modern-1', 'm1-006', 'Those countermeasures are now also on hold'),
 R('modern-1', 'm1-011', 'have opposed the levy'),
 R('modern-1', 'm1-015', 'will apply only to the copper content of a product'),
 R('modern-1', 'm1-015', 'ahead of the expected duty'),
 R('modern-1', 'm1-022', 'With the new tariff stacked on top'),
 R('modern-1', 'm1-026', 'discretion to adjust the duties after it takes effect'),
 R('modern-15', 'm21-006', 'Wooden parts already covered by the auto tariffs will pay only those'),
 R('modern-19', 'm26-009', 'limiting the duties to non-CAFTA goods'),
 R('modern-2', 'm2-035', 'before the tariffs took effect'),
 R('modern-22', 'm29-008', 'replacing those duties with minimum prices'),
 R('modern-25', 'm32-001', 'expects the levies to bring in about 52 billion pesos'),
 R('modern-25', 'm32-010', 'when the higher tariff might be published'),
 R('modern-26', 'm33-001', 'Alongside the tariffs, the ministry added 10 U.S. firms'),
 R('modern-26', 'm33-002', 'estimated the levy would raise about $100 billion a year'),
 R('modern-26', 'm33-002', 'estimated the levy could add several thousand dollars'),
 R('modern-26', 'm33-003', 'warning that scrapping the tariffs would be'),
 R('modern-26', 'm33-008', 'Companies affected by the tariffs will be allowed'),
 R('modern-27', 'm34-004', 'Most of those levies rest on the International Emergency Economic Powers Act'),
 R('modern-29', 'm36-002', 'how the surcharge would be applied'),
 R('modern-4', 'm4-012', 'a possible minimum-price deal that could replace the duties'),
 R('modern-7', 'm7-006', 'after the levy was announced in the spring'),
 R('modern-9', 'm10-009', 'cut the odds of the tariffs surviving to about one in four'),
 R('modern-9', 'm10-023', 'allows such tariffs at all'),
 R('reuters-wire-7', 'r6876', 'opposed the fee with the respondents saying the tariff would hurt consumers'),
 dict(set='modern-1', doc='m1-011', act='add', cls=3, type='tariff', quote='the duty would give breathing room to mills', mod=['asserted'], source=['IND'], when=None),
 dict(set='modern-1', doc='m1-022', act='add', cls=3, type='tariff', quote='to help producers weather the duties', mod=['asserted'], source=['USA'], target=['CAN'], when=None),
]
