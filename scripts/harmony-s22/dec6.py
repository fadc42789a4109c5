import os
R = lambda s, doc, q, why='': dict(set=s, doc=doc, quote=q, act='req', cls=4, type='meeting', why=why)
D = [
 R('modern-1', 'm1-003', 'Trump rated the talks “12 out of 10”'),
 R('modern-1', 'm1-012', '“substantial progress” in trade negotiations'),
 R('modern-10', 'm11-001', 'Brussels and Tokyo had negotiated a 15% ceiling'),
 R('modern-10', 'm11-008', 'reviving dialogue with North Korea'),
 R('modern-10', 'm11-014', 'following talks in Davos'),
 R('modern-12', 'm16-007', 'After the talks Xi flew to Gyeongju'),
 R('modern-13', 'm17-024', 'The EU leaders began their trip at the World Expo'),
 R('modern-2', 'm2-036', 'called for negotiations with Moscow'),
 R('modern-3', 'm3-022', 'Team for US talks to be reshuffled'),
 R('modern-4', 'm4-005', 'the Group of Seven summit in Hiroshima in May 2023'),
 R('modern-4', 'm4-037', 'India was originally due to host this year’s summit'),
 R('modern-6', 'm6-001', 'the venue of the two-day summit'),
 R('modern-6', 'm6-003', 'was due to hold a video call on Tuesday'),
 R('modern-6', 'm6-003', 'were not invited to Friday’s summit in Alaska'),
 R('modern-6', 'm6-005', 'Lee proposed Nara as the venue for his next visit'),
 R('modern-6', 'm6-008', 'the talks had “gone well”'),
 R('modern-8', 'm8-005', 'Nadella is on a four-day visit to India'),
 R('modern-8', 'm8-007', 'the agreement had been negotiated over four to five months'),
 R('modern-9', 'm10-005', 'The summit capped negotiations between Bessent'),
 R('modern-9', 'm10-014', 'would negotiate country-specific quota allocations with trading partners'),
]
