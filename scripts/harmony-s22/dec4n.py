import os
R = lambda s, doc, q, why='': dict(set=s, doc=doc, quote=q, act='req', cls=4, type='meeting', why=why)
A = lambda s, doc, q, mod, why='', **kw: dict(set=s, doc=doc, quote=q, act='add', cls=4, type='meeting', mod=mod, why=why, **kw)
D = [
 R('modern-15', 'm21-011', 'the negotiations were now down to “one issue,”'),
 R('modern-18', 'm25-006', 'Trump and Xi shake hands before their talks'),
 R('modern-18', 'm25-007', 'pose before their talks in Nara on Tuesday'),
 R('modern-21', 'm28-002', 'Leaders pose in Samarkand before the plenary session'),
 R('modern-21', 'm28-004', 'during the two-day visit would create almost 7,000 jobs'),
 R('modern-23', 'm30-002', 'Healey told reporters after the talks'),
 R('modern-24', 'm31-014', 'whether Wang will also call on Putin during the trip'),
 R('modern-25', 'm32-009', 'Warren posted on social media after the call'),
 R('modern-25', 'm32-011', 'The meeting comes weeks after India and the U.S.'),
 R('modern-27', 'm34-013', 'did not give a date for the visit'),
 R('modern-28', 'm35-008', 'At that meeting SoftBank also pledged'),
 R('modern-29', 'm36-007', 'Rights groups criticised the summit'),
 R('modern-29', 'm36-012', 'said before the summit, calling it an extremely important gathering'),
 R('modern-29', 'm36-013', 'Tinubu will depart from RAF Northolt at the end of the visit'),
 R('modern-29', 'm36-013', 'have criticised the cost of the trip'),
 R('modern-30', 'm37-012', 'Preparations for the visit are proceeding'),
 R('modern-31', 'm38-007', 'to co-host the COP31 climate summit with Pacific countries'),
 R('modern-31', 'm38-013', 'a senior Australian official said after the meeting'),
 R('modern-31', 'm38-014', 'said on the eve of the summit'),
 A('modern-17', 'm24-002', 'António Guterres, speaking at the opening session', ['asserted'], participant=['JPN']),
 A('modern-22', 'm29-006', 'Oman’s Shura Council cleared the agreement shortly before the visit', ['asserted'], participant=['OMN', 'IND']),
]
