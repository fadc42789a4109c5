import os
R = lambda s, doc, q, why='': dict(set=s, doc=doc, quote=q, act='req', cls=4, type='meeting', why=why)
D = [
 R('reuters-wire-6', 'r754', 'there are no plans yet to renew negotiations'),
 R('reuters-wire-7', 'r7950', 'which refused to attend last month\'s meeting'),
 R('reuters-wire-6', 'r2790', 'currently on a global tour to seek governmental support'),
 R('reuters-wire-6', 'r4764', 'followed it up with a world tour by officials'),
 R('reuters-wire-2', 'r3551', "The suggestion of a 'budget summit' emerged again"),
 R('reuters-wire-2', 'r17376', 'Soviet bankers have come to meetings in the past'),
]
