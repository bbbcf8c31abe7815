/**
 * 게임 모델의 한국어 텍스트. 키는 `en.ts`, `de.ts`와 같아야 하며(tests/i18n에서 검사),
 * 중괄호 안의 자리표시자는 `t()`가 채웁니다.
 */
export const game: Record<string, string> = {
  // ── 진영과 행위자 ─────────────────────────────────────────────────────────────────────────
  'seat.us': '워싱턴',
  'seat.us.long': '미국',
  'seat.dprk': '평양',
  'seat.dprk.long': '북한(조선민주주의인민공화국)',
  'seat.rok': '서울',
  'seat.rok.long': '한국(대한민국)',

  'actor.washington': '백악관',
  'actor.congress': '미 의회',
  'actor.pyongyang': '평양',
  'actor.seoul': '서울',
  'actor.court': '헌법재판소',
  'actor.voters': '한국 유권자',
  'actor.beijing': '베이징',
  'actor.moscow': '모스크바',
  'actor.press': '언론',
  'actor.calendar': '연간 일정',

  // ── 워싱턴의 행동 ─────────────────────────────────────────────────────────────────────────
  'move.us.sendEnvoy.name': '비밀 특사 파견',
  'move.us.sendEnvoy.desc':
    '2018년 마이크 폼페이오 CIA 국장처럼 신임하는 특사가 조용히 평양을 찾습니다. 대통령의 의지가 이 채널을 끌고 갈 만큼 강해야만 채널이 열립니다.',
  'move.us.offerPublicTalks.name': '공개 협상 제안',
  'move.us.offerPublicTalks.desc':
    '공개적인 협상을 제안합니다. 국내 반대가 거센 동안에는 비판만 키울 뿐입니다. 기사가 2015년 이란 핵합의 이전처럼 비밀 협상을 예상하는 이유가 바로 이것입니다.',
  'move.us.offerFreeze.name': '동결 대 제재 완화 제안',
  'move.us.offerFreeze.desc':
    '소문으로 돌던 정책 전환을 비밀리에 제안합니다. 북한이 핵 프로그램을 멈추고 새 무기를 만들지 않는 대신 제재 완화와 어쩌면 경제 지원을 받습니다. 신뢰는 쌓이지만 매파는 불만을 터뜨립니다. 매파가 측근 그룹을 장악하는 동안에는 정치적 자본이 더 듭니다.',
  'move.us.demandCVID.name': '완전한 비핵화 요구',
  'move.us.demandCVID.desc':
    '완전하고 검증 가능하며 불가역적인 비핵화를 공개적으로 고집합니다. 매파와 의회는 환영하지만, 평양은 과거의 모든 합의를 무산시킨 바로 그 요구로 받아들입니다.',
  'move.us.denyReports.name': '보도 부인',
  'move.us.denyReports.desc':
    '트럼프가 트루스 소셜에서 그랬듯 대북 유화 노선 보도를 지어낸 이야기라고 일축합니다. 공개 발언과 비밀 입장이 갈라집니다. 채널은 다시 가려지고 비판은 잦아들지만 신뢰는 조금 깎입니다.',
  'move.us.proposeFormalTalks.name': '공식 협상 제안',
  'move.us.proposeFormalTalks.desc':
    '조용한 대화를 공식적이고 공개적인 협상으로 전환합니다. 신뢰가 충분히 쌓여야만 성사되며, 의회와 강경파가 이를 지켜보게 됩니다.',
  'move.us.proposeSummit.name': '정상회담 제안',
  'move.us.proposeSummit.desc':
    '2018년과 2019년처럼 김정은 위원장을 대통령과의 직접 만남에 초대합니다. 탄탄한 신뢰와 대통령의 확고한 의지가 필요하며, 모든 비판자의 시선이 쏠립니다.',
  'move.us.suspendExercises.name': '한미연합훈련 축소',
  'move.us.suspendExercises.desc':
    '한미연합훈련을 한 단계 줄입니다. 트럼프는 이 훈련을 ‘워게임’이라 부른 적이 있습니다. 평양은 반기지만 서울은 무방비하다고 느끼고 동맹은 흔들립니다.',
  'move.us.resumeExercises.name': '한미연합훈련 재개',
  'move.us.resumeExercises.desc': '훈련을 한 단계 되살립니다. 억지력과 동맹은 회복되지만 평양은 이를 도발로 여깁니다.',
  'move.us.demandCostSharing.name': '방위비 분담금 증액 요구',
  'move.us.demandCostSharing.desc':
    '방위비분담특별협정에 따라 주한미군 주둔 비용을 더 내라고 서울에 요구합니다. 남북 관계가 좋아 보일수록 요구액도 커집니다.',
  'move.us.discussTroopCut.name': '주한미군 감축 논의',
  'move.us.discussTroopCut.desc':
    '분담금 갈등이 불붙은 뒤 주한미군 감축을 협상 테이블에 올립니다. 평양은 환영하지만, 서울은 1949년 미군 철수 직후 한국전쟁이 터졌다는 사실을 떠올립니다.',
  'move.us.recognizeNuclearStatus.name': '핵보유국 인정',
  'move.us.recognizeNuclearStatus.desc':
    '군비 통제 협상을 수월하게 하려고 북한을 공식적으로 핵보유국으로 인정합니다. 서울에게는 최악의 시나리오로, 극단적이지만 배제할 수는 없습니다. 의지가 매우 강한 대통령만, 그것도 한 번만 할 수 있습니다. 현재 규칙에서는 정상회담에서만 가능하며, 매파가 측근 그룹을 장악하는 동안에는 더 비쌉니다.',
  'move.us.pushUkraineSettlement.name': '우크라이나 종전 압박',
  'move.us.pushUkraineSettlement.desc':
    '모스크바와 키이우에 전쟁을 끝내라고 압박합니다. 우크라이나에 평화가 오면 북러 협력은 불확실해집니다.',
  'move.us.tightenSanctions.name': '대북 제재 강화',
  'move.us.tightenSanctions.desc':
    '의회의 요구대로 독자 제재를 추가합니다. 평양에 대한 압박이 커지고 매파는 만족하지만, 신뢰는 떨어지고 긴장은 높아집니다. 몇 달 안에 반복하면 효과는 줄고 비용은 늘어납니다.',
  'move.us.deployStrategicAssets.name': '전략자산 전개',
  'move.us.deployStrategicAssets.desc':
    '폭격기, 항공모함 전단, 전략핵잠수함을 한반도에 보냅니다. 서울은 보호받는다고 느껴 자체 핵무장 요구가 줄고, 평양은 위협을 느낍니다.',
  'move.us.hold.name': '관망하며 역량 비축',
  'move.us.hold.desc': '이번 달에는 새 일을 벌이지 않습니다. 워싱턴은 다음을 위해 정치적 자본을 일부 회복합니다.',

  // ── 평양의 행동 ───────────────────────────────────────────────────────────────────────────
  'move.dprk.respondChannel.name': '비밀 채널로 답신',
  'move.dprk.respondChannel.desc':
    '특사에게 조용히 답을 보냅니다. 긍정적인 응답은 기사가 말하는 세 번째 조건입니다. 어느 정도 신뢰가 있고 평양이 지나치게 자신만만하지 않을 때만 대화가 열립니다.',
  'move.dprk.releaseDetainees.name': '억류 미국인 석방',
  'move.dprk.releaseDetainees.desc':
    '2018년처럼 선의의 표시로 억류된 미국인을 풀어 줍니다. 신뢰와 대통령의 의지가 높아지고 워싱턴의 비판은 누그러집니다. 게임당 한 번만 가능합니다.',
  'move.dprk.testMissile.name': '미사일 시험 발사',
  'move.dprk.testMissile.desc':
    '발사로 힘을 과시합니다. 능력과 자신감은 커지지만 긴장과 워싱턴의 반대도 커지며, 합의 이행 중의 시험 발사는 어떤 합의든 깨뜨립니다.',
  'move.dprk.freezeTesting.name': '핵·미사일 시험 동결 제안',
  'move.dprk.freezeTesting.desc':
    '시험 발사와 새 무기 개발을 멈추겠다고 비밀리에 제안합니다. ‘동결 대 제재 완화’ 거래에서 평양이 내놓는 몫입니다.',
  'move.dprk.offerRoadmap.name': '비핵화 로드맵 제시',
  'move.dprk.offerRoadmap.desc':
    '단계적 비핵화를 비밀리에 약속합니다. 평양은 제재가 아프게 조여 오고, 신뢰가 실제로 쌓였으며, 스스로의 자신감이 꺾였을 때만 이를 검토합니다.',
  'move.dprk.demandRecognition.name': '핵보유국 인정 요구',
  'move.dprk.demandRecognition.desc':
    '워싱턴이 북한을 핵보유국으로 받아들여야 한다고 고집합니다. 핵무기를 지키려는 평양의 목표에 들어맞지만 서울의 불안은 깊어집니다.',
  'move.dprk.demandTroopWithdrawal.name': '주한미군 철수 요구',
  'move.dprk.demandTroopWithdrawal.desc':
    '미군이 남쪽에서 떠나야 한다고 요구합니다. 협상 테이블에서는 동맹 사이를 갈라놓고, 그 밖에서는 긴장만 높입니다.',
  'move.dprk.deepenRussiaTies.name': '북러 협력 강화',
  'move.dprk.deepenRussiaTies.desc':
    '모스크바와의 전시 협력을 비밀리에 넓힙니다. 우크라이나 전쟁이 이어지는 동안 자신감과 기술, 제재를 피해 갈 길을 얻습니다.',
  'move.dprk.reachOutToSeoul.name': '남측에 손 내밀기',
  'move.dprk.reachOutToSeoul.desc': '남쪽에 우호적인 신호를 보냅니다. 진보 정부는 따뜻하게, 보수 정부는 냉담하게 반응합니다.',
  'move.dprk.walkOut.name': '회담장 박차고 나가기',
  'move.dprk.walkOut.desc':
    '2019년 10월 스톡홀름 실무협상에서 북한 대표가 그랬듯 자리를 박차고 일어섭니다. 정상회담 전이라면 채널이 끊기고, 정상회담에서라면 협상이 완전히 결렬됩니다. 현재 규칙에서는 첫 정상회담 실패가 협상을 후퇴시키고, 두 번째 실패가 협상을 끝냅니다.',
  'move.dprk.hold.name': '관망하며 역량 비축',
  'move.dprk.hold.desc': '이번 달에는 새 일을 벌이지 않습니다. 평양은 다음을 위해 정치적 자본을 일부 회복합니다.',

  // ── 서울의 행동 ───────────────────────────────────────────────────────────────────────────
  'move.rok.backEngagement.name': '북미 대화 지지',
  'move.rok.backEngagement.desc':
    '워싱턴과 평양의 대화를 공개적으로 지지합니다. 김대중·노무현·문재인 정부가 그랬듯 진보 정부라면 더 큰 힘을 실을 수 있습니다.',
  'move.rok.holdHardLine.name': '대북 강경 노선 유지',
  'move.rok.holdHardLine.desc': '억지가 먼저이고 북한에 양보는 없다는 원칙을 지킵니다. 동맹은 단단해지지만 남북 관계는 더 얼어붙습니다.',
  'move.rok.payMore.name': '분담금 증액 수용',
  'move.rok.payMore.desc': '방위비분담특별협정에 따라 주한미군 비용을 더 부담하기로 합니다. 동맹은 안심하지만 나라 살림은 그렇지 않습니다.',
  'move.rok.refuseToPay.name': '분담금 증액 거부',
  'move.rok.refuseToPay.desc': '더 많은 돈을 내라는 워싱턴의 요구를 거절합니다. 부담은 감당할 만한 수준에 머물지만 동맹에는 금이 갑니다.',
  'move.rok.interKoreanOutreach.name': '남북 비밀 접촉',
  'move.rok.interKoreanOutreach.desc': '서울만의 조용한 연락선을 평양과 엽니다. 보수 정부보다 진보 정부에서 훨씬 잘 통합니다.',
  'move.rok.mediate.name': '북미 사이 중재',
  'move.rok.mediate.desc': '2018년 문재인 대통령처럼 워싱턴과 평양 사이에서 메시지를 전합니다. 진보 정부만 이 역할을 맡을 수 있습니다.',
  'move.rok.debateNukes.name': '자체 핵무장 논의',
  'move.rok.debateNukes.desc':
    '한국의 독자 핵무장을 둘러싼 논쟁을 막지 않습니다. 서울을 홀로 두면 대가가 따른다는 경고를 워싱턴에 보내지만 동맹에는 부담이 됩니다.',
  'move.rok.urgeExercises.name': '연합훈련 복원 촉구',
  'move.rok.urgeExercises.desc': '축소된 훈련을 되살리라고 워싱턴을 압박합니다. 훈련이 없으면 서울은 취약해집니다.',
  'move.rok.consultWashington.name': '워싱턴과 비공개 협의',
  'move.rok.consultWashington.desc':
    '서울을 건너뛴 합의가 이뤄지지 않도록 막후에서 확인합니다. 동맹은 강해지고 분담금은 조금 늘어납니다. 서울과 협의했다면 합의의 부담이 줄고, 그렇지 않으면 핵보유국 인정이나 동맹 파탄은 서울의 패배입니다.',
  'move.rok.hold.name': '관망하며 역량 비축',
  'move.rok.hold.desc': '이번 달에는 새 일을 벌이지 않습니다. 서울은 다음을 위해 정치적 자본을 일부 회복합니다.',

  'move.hidden.name': '비밀 행동',

  // ── 사건 ──────────────────────────────────────────────────────────────────────────────────
  'event.courtRuling.title': '헌법재판소, 윤석열 대통령 탄핵심판 선고',
  'event.courtRuling.body': '헌법재판소가 단기간에 끝난 비상계엄 선포를 이유로 윤석열 대통령을 파면할지 결정했습니다.',
  'event.courtRuling.outcome.upheld': '헌재, 탄핵 인용… 60일 안에 조기 대선',
  'event.courtRuling.outcome.dismissed': '헌재, 탄핵 기각… 윤석열 대통령 직무 복귀',
  'event.courtRuling.cause': '헌법재판소의 선고',
  'event.snapElection.title': '한국, 새 대통령 선출',
  'event.snapElection.body': '유권자들이 헌법이 정한 60일 안에 후임 대통령을 뽑았습니다.',
  'event.snapElection.outcome.liberal': '더불어민주당 후보, 조기 대선 승리',
  'event.snapElection.outcome.conservative': '보수 후보, 조기 대선 승리',
  'event.snapElection.cause': '조기 대선',
  'event.exerciseSeason.title': '한반도 연합훈련 시즌',
  'event.exerciseSeason.body':
    '동맹은 보통 봄과 8월에 함께 훈련합니다. 전면 훈련은 긴장을 높이고, 축소 훈련은 덜 높이며, 훈련이 취소되면 서울이 불안해합니다.',
  'event.exerciseSeason.cause': '연합훈련 시즌',
  'event.summitPhotoOp.title': '카메라 앞의 악수',
  'event.summitPhotoOp.body':
    '2019년 6월 30일 판문점에서 트럼프와 김정은이 그랬듯 두 정상이 나란히 포즈를 취합니다. 대통령은 크게 만족하지만 비판자들은 그렇지 않습니다.',
  'event.summitPhotoOp.cause': '정상회담 기념 촬영',
  'event.leak.title': '북미 비밀 채널 발각',
  'event.leak.body': '언론이 조용한 접촉을 밝혀냈습니다. 의회의 비판자들은 공세에 나서고 매파는 거리를 둡니다.',
  'event.leak.cause': '비밀 채널 유출',
  'event.congressSanctionsPush.title': '미 의회, 대북 추가 제재 추진',
  'event.congressSanctionsPush.body': '양당 의원들이 북한과 러시아의 협력을 이유로 더 강한 압박을 요구합니다.',
  'event.congressSanctionsPush.cause': '의회의 제재 추진',
  'event.hawksClash.title': '대북 정책 놓고 매파와 대통령 충돌',
  'event.hawksClash.body': '측근 그룹의 강경파가 합의를 원하는 대통령에게 반기를 듭니다. 1기 때 존 볼턴과의 갈등을 떠올리게 합니다.',
  'event.hawksClash.cause': '매파와 대통령의 충돌',
  'event.hawkResigns.title': '대표적 매파 인사, 행정부 떠나',
  'event.hawkResigns.body':
    '몇 주간의 내분 끝에 강경파 한 명이 사임하거나 밀려납니다. 2019년 9월 볼턴이 물러났을 때와 같습니다. 대통령의 운신 폭은 넓어지지만 의회는 불안해합니다.',
  'event.hawkResigns.cause': '매파의 퇴장',
  'event.cabinetCloseRanks.title': '백악관, 내부 결속 다져',
  'event.cabinetCloseRanks.body': '갈등이 봉합되었습니다. 당분간은 대통령에 대한 충성이 우선합니다.',
  'event.cabinetCloseRanks.cause': '내각의 결속',
  'event.ukraineCeasefireTalks.title': '우크라이나 휴전 협상 개시',
  'event.ukraineCeasefireTalks.body':
    '모스크바가 전투를 끝내기 위한 협상에 응합니다. 협상이 성공하면 북러 협력은 존재 이유를 잃을 수 있습니다.',
  'event.ukraineCeasefireTalks.cause': '우크라이나 휴전 협상',
  'event.ukraineSettlement.title': '우크라이나 전쟁, 종전 합의로 마무리',
  'event.ukraineSettlement.body':
    '러시아는 북한의 도움이 예전만큼 필요하지 않습니다. 기사는 이때 미국과의 긴장 완화가 김정은에게 현명한 선택이 된다고 봅니다.',
  'event.ukraineSettlement.cause': '우크라이나 종전 합의',
  'event.ukraineTalksStall.title': '우크라이나 협상 결렬, 전투 계속',
  'event.ukraineTalksStall.body': '휴전 협상이 깨졌습니다. 전쟁은 계속되고, 모스크바와 평양의 유대도 이어집니다.',
  'event.ukraineTalksStall.cause': '우크라이나 협상 결렬',
  'event.russiaArmsDeal.title': '북러, 새 무기 거래 체결',
  'event.russiaArmsDeal.body':
    '러시아가 북한의 전쟁 지원에 돈과 연료, 군사 기술로 보답합니다. 평양은 더 강하고 대담해지며 제재의 효과는 약해집니다.',
  'event.russiaArmsDeal.cause': '러시아와의 무기 거래',
  'event.satelliteLaunch.title': '북한, 정찰위성 발사',
  'event.satelliteLaunch.body': '평양이 2023년 11월 처음 성공한 데 이어 또 하나의 정찰위성을 궤도에 올립니다. 긴장이 높아집니다.',
  'event.satelliteLaunch.cause': '정찰위성 발사',
  'event.chinaPressure.title': '베이징, 평양에 자제 압박',
  'event.chinaPressure.body': '국경의 안정을 원하는 중국이 김정은에게 조용히 수위를 낮추라고 요구합니다. 평양의 자신감이 조금 꺾입니다.',
  'event.chinaPressure.cause': '중국의 압박',
  'event.chinaEasesEnforcement.title': '중국, 대북 제재 단속 완화',
  'event.chinaEasesEnforcement.body':
    '중국 국경을 넘는 교역이 다시 늘어납니다. 베이징은 미중 경쟁이 한반도에서 대가를 치르게 한다는 점을 워싱턴에 일깨웁니다.',
  'event.chinaEasesEnforcement.cause': '중국의 느슨한 제재 이행',
  'event.nuclearDebateSurge.title': '한국서 자체 핵무장 여론 급등',
  'event.nuclearDebateSurge.body': '긴장이 높아지자 독자 핵무장을 원하는 한국인은 늘고, 미국의 핵우산을 믿는 사람은 줄어듭니다.',
  'event.nuclearDebateSurge.cause': '핵무장 논쟁의 확산',
  'event.costSharingTalks.title': '워싱턴, 방위비 분담금 갈등 재점화',
  'event.costSharingTalks.body':
    '협상이 진행되는 가운데 미 행정부가 서울은 왜 주한미군 비용을 더 내지 않느냐고 묻습니다. 방위비분담특별협정이 다시 테이블에 오릅니다.',
  'event.costSharingTalks.cause': '방위비 분담금 갈등',
  'event.insultsAndThreats.title': '다시 오가는 막말과 위협',
  'event.insultsAndThreats.body': '2017년처럼 두 정상이 공개적으로 위협을 주고받습니다. 긴장은 치솟고 대통령의 협상 의욕은 식습니다.',
  'event.insultsAndThreats.cause': '위협의 맞대응',
  'event.kimLetter.title': '김정은의 친서',
  'event.kimLetter.body': '2018년과 2019년처럼 김정은이 대통령에게 직접 편지를 씁니다. 두 사람의 관계에 대한 트럼프의 믿음이 커집니다.',
  'event.kimLetter.cause': '김정은의 친서',

  // ── 단계 ──────────────────────────────────────────────────────────────────────────────────
  'stage.negotiation.noContact.name': '접촉 없음',
  'stage.negotiation.noContact.news': '평양과의 연락선 끊겨',
  'stage.negotiation.noContact.desc': '워싱턴과 평양 사이에 작동하는 채널이 없습니다. 테이블에 올라 있던 제안은 모두 철회됩니다.',
  'stage.negotiation.secretEnvoy.name': '비밀 특사',
  'stage.negotiation.secretEnvoy.news': '미국 특사, 평양 극비 방문',
  'stage.negotiation.secretEnvoy.desc': '비밀 특사가 접촉했습니다. 이제 평양이 답할 차례입니다.',
  'stage.negotiation.exploratory.name': '탐색적 대화',
  'stage.negotiation.exploratory.news': '비공개 탐색적 대화 시작',
  'stage.negotiation.exploratory.desc': '양측이 공개되지 않은 자리에서 상대가 본격 협상에 나설 준비가 되었는지 가늠합니다.',
  'stage.negotiation.formal.name': '공식 협상',
  'stage.negotiation.formal.news': '북미, 공식 협상 개시',
  'stage.negotiation.formal.desc': '협상 대표들이 공식적으로 만납니다. 이제 매파와 의회가 모든 걸음을 지켜봅니다.',
  'stage.negotiation.summit.name': '정상회담',
  'stage.negotiation.summit.news': '트럼프·김정은 정상회담 개최',
  'stage.negotiation.summit.desc': '두 정상이 만납니다. 결과는 양측이 테이블에 무엇을 올려놓았는지에 달려 있습니다.',
  'stage.negotiation.agreement.name': '합의',
  'stage.negotiation.agreement.news': '정상회담 합의 도출: {deal}',
  'stage.negotiation.agreement.desc': '합의문에 서명했습니다. 이제 이행해야 합니다.',
  'stage.negotiation.implementation.name': '이행',
  'stage.negotiation.implementation.news': '합의 이행 단계 돌입',
  'stage.negotiation.implementation.desc':
    '양측이 각자의 몫을 이행합니다. 미사일 시험 발사, 국내의 방해, 신뢰 하락이나 긴장 고조가 여전히 합의를 무너뜨릴 수 있습니다.',
  'stage.negotiation.collapsed.name': '결렬',
  'stage.negotiation.collapsed.news': '하노이 재연… 북미 외교 결렬',
  'stage.negotiation.collapsed.desc': '협상이 완전히 실패했습니다. 불신과 긴장이 되돌아옵니다.',

  'stage.seoul.yoon.name': '윤석열 복귀',
  'stage.seoul.yoon.news': '윤석열 대통령 직무 복귀',
  'stage.seoul.yoon.desc': '헌법재판소가 탄핵을 기각했습니다. 대북 강경 노선의 보수 정부가 돌아옵니다.',
  'stage.seoul.trial.name': '탄핵심판',
  'stage.seoul.trial.news': '헌재, 윤석열 대통령 탄핵심판 심리',
  'stage.seoul.trial.desc':
    '국회가 짧게 끝난 비상계엄을 이유로 윤석열 대통령을 탄핵소추했습니다. 헌법재판소가 심리하는 동안 권한대행 체제가 나라를 이끕니다.',
  'stage.seoul.snapElection.name': '조기 대선',
  'stage.seoul.snapElection.news': '한국, 조기 대선 정국으로',
  'stage.seoul.snapElection.desc': '윤석열 대통령이 파면되었습니다. 60일 안에 새 대통령을 뽑아야 합니다.',
  'stage.seoul.newGovernment.name': '새 정부',
  'stage.seoul.newGovernment.news': '서울에 새 정부 출범: {winner} 승리',
  'stage.seoul.newGovernment.desc': '승자가 서울의 노선을 정합니다. 진보 대통령은 관여를 앞세우고, 보수 대통령은 강경 노선을 이어 갑니다.',

  'stage.ukraine.war.name': '전쟁',
  'stage.ukraine.war.news': '우크라이나에서 전투 재개',
  'stage.ukraine.war.desc': '우크라이나 전쟁이 모스크바와 평양을 가깝게 묶어 둡니다.',
  'stage.ukraine.ceasefireTalks.name': '휴전 협상',
  'stage.ukraine.ceasefireTalks.news': '러시아·우크라이나 휴전 협상 착수',
  'stage.ukraine.ceasefireTalks.desc':
    '모스크바와 키이우가 협상 중입니다. 평양은 러시아가 언제까지 자신을 필요로 할지 따져 보기 시작합니다.',
  'stage.ukraine.settled.name': '종전 합의',
  'stage.ukraine.settled.news': '우크라이나 전쟁, 종전 합의로 종결',
  'stage.ukraine.settled.desc':
    '우크라이나에 평화가 오면서 러시아와의 협력이 느슨해지고, 김정은에게는 미국과의 긴장 완화가 더 현명해 보입니다.',

  'stage.cabinet.loyal.name': '충성스러운 측근',
  'stage.cabinet.loyal.news': '측근 그룹, 대통령 중심으로 결속',
  'stage.cabinet.loyal.desc': '매파를 포함해 유례없이 충성스러운 팀이 대통령을 받치고 있습니다.',
  'stage.cabinet.clash.name': '매파와의 충돌',
  'stage.cabinet.clash.news': '대통령과 매파, 공개 균열',
  'stage.cabinet.clash.desc': '1기 때 볼턴처럼 강경파가 유화적인 노선에 맞섭니다.',
  'stage.cabinet.hawkOut.name': '매파 퇴진',
  'stage.cabinet.hawkOut.news': '매파 퇴진… 대통령 운신 폭 넓어져',
  'stage.cabinet.hawkOut.desc': '강경파 한 명이 물러났습니다. 측근 그룹은 다시 하나가 되었지만 의회는 더 경계합니다.',

  'signal.channel.envoy': '대통령이 비밀 특사를 보냈고, 그를 뒷받침할 만큼 의지가 강했습니다.',
  'signal.channel.public': '워싱턴이 공개적으로 협상을 제안했습니다.',
  'signal.channel.response': '평양이 채널을 통해 답했습니다.',
  'signal.channel.exposed': '유출 이후 국내 반대가 너무 거세 채널이 버틸 수 없었습니다.',
  'signal.channel.stale': '특사가 답을 너무 오래 기다렸습니다.',
  'signal.talks.upgrade': '워싱턴이 공식 협상을 제안했고, 신뢰도 충분했습니다.',
  'signal.talks.summit': '워싱턴이 정상회담을 제안했고, 신뢰와 대통령의 의지가 모두 충분했습니다.',
  'signal.talks.deal': '양측이 테이블에 올린 안이 서로 맞아떨어졌습니다.',
  'signal.talks.vague': '정상회담은 합의 없이 모호한 성명으로 끝났고, 협상은 다시 실무진에게 넘어갑니다.',
  'signal.talks.walkOut': '한쪽이 자리를 박차고 나가면서 협상이 끝났습니다.',
  'signal.talks.breakdown': '신뢰가 너무 낮아져 협상을 이어 갈 수 없었습니다.',
  'signal.deal.step': '서명을 마쳤으니 이제 합의를 이행해야 합니다.',
  'signal.deal.broken': '미사일 시험 발사, 국내의 방해, 부족한 신뢰나 지나친 긴장 때문에 합의가 깨졌습니다.',
  'signal.deal.done': '합의가 이행 기간을 견뎌 냈습니다.',
  'signal.seoul.ruling': '헌법재판소가 선고했습니다.',
  'signal.seoul.election': '한국 유권자들이 투표했습니다.',
  'signal.ukraine.talks': '모스크바와 키이우가 대화에 합의했습니다.',
  'signal.ukraine.push': '워싱턴이 종전 합의를 밀어붙였습니다.',
  'signal.ukraine.settle': '휴전 협상이 성공했습니다.',
  'signal.ukraine.collapse': '휴전 협상이 결렬되었습니다.',
  'signal.cabinet.clash': '매파가 대통령과 충돌했습니다.',
  'signal.cabinet.hawkOut': '매파 한 명이 사임하거나 밀려났습니다.',
  'signal.cabinet.reconcile': '내각의 갈등이 봉합되었습니다.',

  // ── 거부된 단계 ───────────────────────────────────────────────────────────────────────────
  'note.envoyRefused': '특사를 보내지 못했습니다: 대통령의 의지가 너무 약합니다.',
  'note.envoyRefused.hint': '비밀 채널을 열려면 대통령의 의지가 {threshold} 이상이어야 합니다.',
  'note.publicTalksBlocked': '공개 협상 불발: 국내 반대가 너무 거셉니다.',
  'note.publicTalksBlocked.hint':
    '공개 협상은 국내 반대가 {threshold} 미만일 때만 가능합니다. 그전까지는 비밀 채널만 통한다는 것이 기사의 핵심입니다.',
  'note.responseTooWeak': '평양의 답신으로는 대화가 열리지 않았습니다: 신뢰가 부족하거나 평양이 지나치게 자신만만합니다.',
  'note.responseTooWeak.hint': '신뢰가 {trust} 이상이고 북한의 자신감이 {confidence} 미만이어야 평양의 답신이 효력을 가집니다.',
  'note.formalTalksTooEarly': '공식 협상은 시기상조입니다: 신뢰가 아직 낮습니다.',
  'note.formalTalksTooEarly.hint': '공식 협상을 하려면 신뢰가 {trust} 이상이어야 합니다.',
  'note.summitTooEarly': '정상회담은 시기상조입니다: 신뢰나 대통령의 의지가 부족합니다.',
  'note.summitTooEarly.hint': '정상회담을 하려면 신뢰가 {trust} 이상, 대통령의 의지가 {determination} 이상이어야 합니다.',

  'news.injected': '교사가 이번 수업을 위해 이 사건을 넣었습니다.',
  'news.revealed.zero': '드러난 비밀 행동은 없습니다.',
  'news.revealed.one': '비밀 행동 한 건이 드러났습니다.',
  'news.revealed.other': '비밀 행동 {count}건이 드러났습니다.',

  // ── 지표 ──────────────────────────────────────────────────────────────────────────────────
  'indicator.determination.name': '대통령의 의지',
  'indicator.determination.desc':
    '트럼프가 자신의 업적을 위해 얼마나 합의를 원하는지를 나타냅니다. 높으면 특사를 보내고 정상회담에 나섭니다. 낮으면 비밀 채널을 끌고 갈 사람이 없습니다.',
  'indicator.usOpposition.name': '미국 내 반대',
  'indicator.usOpposition.desc':
    '평양과의 대화에 대한 의회와 워싱턴 정가의 반발입니다. 높으면 공개 협상이 불가능해 비밀 채널만 통하지만, 유출되면 채널이 무너질 수 있습니다. 낮으면 공개적으로 대화할 수 있습니다.',
  'indicator.cabinetCohesion.name': '내각 결속력',
  'indicator.cabinetCohesion.desc':
    '측근 그룹의 매파가 대통령과 한목소리를 내는지를 나타냅니다. 높으면 충성스러운 팀이고, 낮으면 공개적인 충돌이 벌어져 매파가 떠날 수도 있습니다.',
  'indicator.trust.name': '북미 신뢰',
  'indicator.trust.desc':
    '워싱턴과 평양이 서로를 얼마나 믿는지를 나타냅니다. 높으면 공식 협상과 정상회담, 합의가 가능해지고, 낮으면 협상이 깨집니다.',
  'indicator.sanctions.name': '제재 압박',
  'indicator.sanctions.desc':
    '제재가 북한을 얼마나 강하게 조이는지를 나타냅니다. 높으면 평양이 고통을 느껴 더 많이 내놓을 수 있고, 낮으면 평양이 바라는 제재 완화 상태입니다.',
  'indicator.dprkCapability.name': '북한 핵 능력',
  'indicator.dprkCapability.desc':
    '핵·미사일 프로그램의 규모와 사거리입니다. 동결되지 않는 한 매달 커집니다. 높을수록 더 위험한 이웃이 되고 협상도 어려워집니다.',
  'indicator.dprkConfidence.name': '북한의 자신감',
  'indicator.dprkConfidence.desc':
    '평양이 얼마나 자신만만한지를 나타냅니다. 높으면 작은 유인책에는 움직이지 않고, 최고 수준에서는 채널을 거부합니다. 낮으면 양보할 의향이 커집니다.',
  'indicator.russiaTies.name': '북러 협력',
  'indicator.russiaTies.desc':
    '평양과 모스크바가 얼마나 가까운지를 나타냅니다. 높으면 새로운 후원에 김정은은 대담해지고 의회는 분노합니다. 낮으면 미국과의 긴장 완화가 더 현명해 보입니다.',
  'indicator.interKorean.name': '남북 관계',
  'indicator.interKorean.desc':
    '서울과 평양 사이의 분위기입니다. 낮으면 윤석열 정부 때처럼 얼어붙은 상태이고, 높으면 서울이 바라는 접촉과 안정입니다.',
  'indicator.alliance.name': '한미동맹',
  'indicator.alliance.desc': '워싱턴과 서울 사이 동맹의 힘입니다. 높으면 억지력을 믿을 수 있고, 아주 낮아지면 동맹이 파열됩니다.',
  'indicator.costSharing.name': '방위비 분담금',
  'indicator.costSharing.desc':
    '서울이 주한미군 주둔 비용으로 얼마나 내는지를 나타냅니다. 높으면 무거운 부담과 국내 반발이, 낮으면 감당할 만한 청구서가 남습니다.',
  'indicator.rokNukeSupport.name': '자체 핵무장 지지율',
  'indicator.rokNukeSupport.desc':
    '독자 핵무장을 원하는 한국인의 비율로, 71%에서 시작합니다. 위협이 커지고 홀로 남겨질까 두려울수록 높아집니다.',
  'indicator.tension.name': '지역 긴장',
  'indicator.tension.desc':
    '한반도가 충돌에 얼마나 가까운지를 나타냅니다. 높으면 위험하고, 최고 수준에 이르면 위기 고조로 게임이 끝납니다. 낮으면 평온합니다.',
  'indicator.secrecy.name': '채널 보안',
  'indicator.secrecy.desc':
    '조용한 접촉이 얼마나 잘 감춰져 있는지를 나타냅니다. 비밀 행동을 할 때마다 줄어듭니다. 낮으면 유출 가능성이 커집니다.',

  // ── 상태 ──────────────────────────────────────────────────────────────────────────────────
  'status.seoulGovernment.name': '서울의 정부',
  'status.seoulGovernment.conservative': '보수 정부',
  'status.seoulGovernment.interim': '권한대행 체제',
  'status.seoulGovernment.liberal': '진보 정부(더불어민주당)',
  'status.ukraine.name': '우크라이나 전쟁',
  'status.ukraine.war': '전쟁 중',
  'status.ukraine.ceasefireTalks': '휴전 협상 중',
  'status.ukraine.settled': '종전',
  'status.exercises.name': '한미연합훈련',
  'status.exercises.held': '정상 실시',
  'status.exercises.scaledDown': '축소 실시',
  'status.exercises.suspended': '유예',
  'status.troops.name': '주한미군 병력',

  'track.negotiation.name': '북미 협상',
  'track.seoul.name': '서울 정치',
  'track.ukraine.name': '우크라이나와 러시아',
  'track.cabinet.name': '워싱턴 측근 그룹',

  'position.none': '제안 없음',
  'position.cvid': '완전한 비핵화(CVID)',
  'position.freeze': '동결 대 제재 완화',
  'position.recognition': '핵보유국 인정',
  'position.roadmap': '비핵화 로드맵',

  'deal.roadmap': '비핵화 로드맵',
  'deal.roadmap.terms': '평양은 핵 프로그램을 단계적으로 해체하고, 그에 맞춰 제재가 하나씩 풀립니다.',
  'deal.freeze': '동결 대 제재 완화',
  'deal.freeze.terms': '평양은 시험 발사와 새 무기 개발을 멈추되 기존 무기는 유지하고, 제재는 완화됩니다.',
  'deal.recognition': '핵보유국 인정',
  'deal.recognition.terms': '워싱턴이 북한의 핵무기를 받아들이고, 비핵화 대신 군비 통제 협상이 자리 잡습니다.',

  'winner.liberal': '더불어민주당',
  'winner.conservative': '보수 진영',

  // ── 결말 ──────────────────────────────────────────────────────────────────────────────────
  'ending.roadmap.title': '비핵화 로드맵',
  'ending.roadmap.summary':
    '평양이 제재 완화를 대가로 단계적 비핵화를 약속합니다. 이전의 어떤 합의도 이루지 못한 목표입니다. 워싱턴은 업적으로 남을 합의를, 서울은 최선의 결과를 얻고, 평양은 핵무기 일부를 내주는 대신 제재 완화와 새로운 관계를 얻습니다.',
  'ending.roadmap.reality':
    '실제로는 2025년 4월 4일 헌법재판소가 윤석열 대통령 탄핵을 인용했고, 2025년 6월 3일 조기 대선에서 더불어민주당 이재명 후보가 당선되었습니다. 로드맵은 그 이후 가능한 여러 길 가운데 하나일 뿐이며, 이 게임은 미래를 예측하지 않습니다. (출처: 헌법재판소, 중앙선거관리위원회)',
  'ending.freeze.title': '동결 대 제재 완화',
  'ending.freeze.summary':
    '북한이 시험 발사와 새 무기 개발을 멈추고 제재가 완화됩니다. 워싱턴은 검증 가능한 중단을 얻어 중국에 집중할 수 있고, 평양은 기존 핵무기를 지킵니다. 서울은 얼어붙었지만 무장한 이웃과 함께 살아가야 하며, 분담금 부담도 커지기 쉽습니다.',
  'ending.freeze.reality':
    '실제로는 2025년 4월 4일 헌법재판소가 윤석열 대통령 탄핵을 인용했고, 2025년 6월 3일 조기 대선에서 더불어민주당 이재명 후보가 당선되었습니다. 동결 협상이 실제로 시도될지는 알 수 없습니다. 이 게임은 그 가능성을 탐색할 뿐 예측하지 않습니다. (출처: 헌법재판소, 중앙선거관리위원회)',
  'ending.recognition.title': '핵보유국 인정',
  'ending.recognition.summary':
    '워싱턴이 북한을 공식적으로 핵보유국으로 인정합니다. 평양은 핵심 목표를 이루지만, 서울은 기사가 경고한 깊은 안보 딜레마에 빠지고 자체 핵무장 요구가 거세집니다.',
  'ending.recognition.reality':
    '실제로는 2025년 4월 4일 헌법재판소가 윤석열 대통령 탄핵을 인용했고, 2025년 6월 3일 조기 대선에서 더불어민주당 이재명 후보가 당선되었습니다. 기사는 핵보유국 인정을 극단적이지만 배제할 수 없는 시나리오로 보았습니다. 이 게임은 그 대가를 보여 줄 뿐 가능성을 점치지 않습니다. (출처: 헌법재판소, 중앙선거관리위원회)',
  'ending.collapse.title': '협상 결렬',
  'ending.collapse.summary':
    '2019년 하노이처럼 협상이 퇴장이나 합의 파기로 끝납니다. 불신과 긴장이 되살아나고, 워싱턴은 업적을, 평양은 제재 완화를 얻지 못하며, 서울은 원점으로 돌아갑니다.',
  'ending.collapse.reality':
    '실제 선례는 합의 없이 끝난 2019년 2월 하노이 정상회담입니다. 기사 이후에는 2025년 4월 4일 헌법재판소가 윤석열 대통령 탄핵을 인용했고, 2025년 6월 3일 조기 대선에서 이재명 후보가 당선되었습니다. (출처: 헌법재판소, 중앙선거관리위원회)',
  'ending.crisis.title': '위기 고조',
  'ending.crisis.summary':
    '시험 발사와 위협, 훈련이 2017년처럼 한반도를 벼랑 끝으로 몰아갑니다. 승자는 없습니다. 워싱턴은 합의를, 평양은 안보를, 서울은 평온을 잃습니다.',
  'ending.crisis.reality':
    '실제 선례는 외교에 앞서 막말과 위협이 오갔던 2017년입니다. 기사 이후에는 2025년 4월 4일 헌법재판소가 윤석열 대통령 탄핵을 인용했고, 2025년 6월 3일 조기 대선에서 이재명 후보가 당선되었습니다. 이 게임은 위기를 예측하지 않습니다. (출처: 헌법재판소, 중앙선거관리위원회)',
  'ending.rupture.title': '동맹 파열',
  'ending.rupture.summary':
    '동맹이 깨집니다. 주한미군이 믿을 만한 수준 아래로 줄거나 서울과 워싱턴이 등을 돌립니다. 평양은 오랫동안 요구해 온 것을 얻고, 서울은 1949년처럼 무방비로 남으며, 워싱턴은 거점을 잃습니다.',
  'ending.rupture.reality':
    '실제 선례는 한국전쟁 1년 전인 1949년의 미군 철수입니다. 기사 이후에는 2025년 4월 4일 헌법재판소가 윤석열 대통령 탄핵을 인용했고, 2025년 6월 3일 조기 대선에서 이재명 후보가 당선되었습니다. (출처: 헌법재판소, 중앙선거관리위원회)',
  'ending.statusQuo.title': '현상 유지',
  'ending.statusQuo.summary':
    '결정적인 전환 없이 시간이 다 됩니다. 합의도 전쟁도 없이 제재와 불신, 억지가 그대로 남고, 각자 더 나은 때를 기다립니다.',
  'ending.statusQuo.reality':
    '역사 역시 기사 시점 이후로 흘러갔습니다. 2025년 4월 4일 헌법재판소가 윤석열 대통령 탄핵을 인용했고, 2025년 6월 3일 조기 대선에서 더불어민주당 이재명 후보가 당선되었습니다. 그다음에 무엇이 올지 이 게임은 예측하지 않습니다. (출처: 헌법재판소, 중앙선거관리위원회)',

  // ── 목표와 판정 ───────────────────────────────────────────────────────────────────────────
  'objective.legacyDeal': '업적이 될 합의: 비핵화, 적어도 검증 가능한 동결',
  'objective.keepAlliance': '한국과의 동맹을 굳건히 유지',
  'objective.keepCongress': '의회의 반대를 낮게 유지',
  'objective.keepHawks': '매파를 끌어안기',
  'objective.focusOnChina': '한반도를 안정시켜 중국에 집중',
  'objective.sanctionsRelief': '제재 완화 얻어내기',
  'objective.keepArsenal': '핵무기 보유 유지, 적어도 암묵적으로',
  'objective.normalization': '미국과의 관계 정상화',
  'objective.regimeSecurity': '체제 안전: 긴장을 낮게 유지',
  'objective.alliance': '한미동맹을 굳건히 유지',
  'objective.troops': '주한미군 주둔 유지',
  'objective.noRecognition': '미국의 북한 핵보유국 인정 저지',
  'objective.calmPeninsula': '남북 관계 안정',
  'objective.bearableBill': '감당할 만한 방위비 분담금',

  'verdict.win': '승리',
  'verdict.draw': '무승부',
  'verdict.loss': '패배',

  // ── 상황의 흐름 ───────────────────────────────────────────────────────────────────────────
  'drift.capabilityGrows': '북한의 꾸준한 무기 개발',
  'drift.secrecyRecovers': '조용한 시간이 되살린 보안',
  'drift.exercisesSuspended': '유예된 연합훈련',
  'drift.warBindsMoscow': '모스크바와 평양을 묶는 전쟁',
  'drift.peaceLoosensTies': '러시아와의 유대를 느슨하게 하는 평화',
  'drift.liberalEngagement': '진보 정부의 관여 정책',
  'drift.conservativeFreeze': '보수 정부의 강경 노선',
  'drift.impatience': '접촉이 없는 데 대한 대통령의 조바심',
  'drift.moscowInCongress': '러시아를 경계하는 의회',
  'drift.nuclearOpinion': '핵무장에 대한 여론',
  'drift.dprkSelfBelief': '평양의 자기 확신',
  'drift.distrust': '익숙한 불신의 기준선',
  'drift.sanctionsRegime': '합의로 해제되기 전까지 유지되는 제재',
  'drift.oppositionSettles': '평소 수준으로 돌아가는 국내 반대',
  'drift.resolveFades': '대통령의 다른 우선순위',
  'drift.billNormalizes': '합의된 수준으로 되돌아가는 분담금',
  'drift.detenteNeedsTending': '평소 수준으로 돌아가는 남북 관계',
  'drift.tensionEases': '평소 수준으로 돌아가는 긴장',

  'cause.hidden': '비밀 행동',
  'cause.move': '{seat}의 ‘{move}’',
  'cause.stage': '‘{stage}’ 단계 진입',
  'cause.drift': '상황의 자연스러운 흐름',

  'tag.engage': '관여',
  'tag.pressure': '압박',
  'tag.deal': '합의',
  'tag.alliance': '동맹',
  'tag.concede': '양보',
  'tag.provoke': '도발',
  'tag.signal': '신호',
  'tag.hold': '관망',

  'bot.hawk': '매파',
  'bot.hawk.desc': '압박과 동맹, 결속된 내각을 앞세우며 양보하지 않습니다.',
  'bot.dove': '비둘기파',
  'bot.dove.desc': '신뢰와 안정을 추구하고, 대화에 적극적이며 도발을 피합니다.',
  'bot.dealmaker': '협상가',
  'bot.dealmaker.desc': '실익 있는 합의를 원하며 모든 걸음을 비용과 저울질합니다.',
  'bot.random': '무작위',
  'bot.random.desc': '허용된 행동 가운데 아무것이나 무작위로 고릅니다. 테스트에 유용합니다.',
  'bot.strategist': '전략가',
  'bot.strategist.desc':
    '어려운 상대: 다른 진영 봇들에 맞선 최선의 대응으로 알려진 일관된 계획을 따르며, 표본으로 뽑은 여러 미래에서 가장 유력한 대안들을 게임 끝까지 두어 봅니다(끝이 가까울수록 더 많은 미래). 다른 수가 자기 쪽에 분명히 더 이로울 때만 계획을 바꿉니다.',

  // ── 기사가 말하는 세 가지 조건 ────────────────────────────────────────────────────────────
  'condition.determination.name': '대통령의 의지',
  'condition.determination.held': '대통령의 의지가 비밀 채널을 끌고 갈 만큼 강했습니다({threshold} 이상).',
  'condition.determination.missing': '대통령의 의지가 비밀 채널을 끌고 가기에는 너무 약했습니다({threshold} 미만).',
  'condition.opposition.name': '국내 반대',
  'condition.opposition.held': '국내 반대가 공개 협상을 막을 만큼 강해서({threshold} 이상) 비밀 채널이 유일한 길이었습니다.',
  'condition.opposition.missing':
    '국내 반대가 {threshold} 미만으로 내려가 공개적으로 협상할 수 있었고, 비밀 유지는 더 이상 필요하지 않았습니다.',
  'condition.response.name': '평양의 응답',
  'condition.response.held': '평양이 채널을 통해 응답했습니다.',
  'condition.response.missing': '평양은 끝내 채널을 통해 응답하지 않았습니다.',

  'explain.ended': '게임은 {date}, {turns}번째 달에 끝났습니다: {ending}.',
  'explain.conditions': '기사가 꼽은 비밀 채널의 세 가지 조건 가운데 마지막에 충족된 것은 {held}개입니다.',
  'explain.factors': '결정적인 수치를 이 결말 쪽으로 가장 크게 민 요인(배경 추세 제외):',
  'explain.dealBreaks': '합의가 깨진 이유:',
  'explain.dealBreak': '{date}: {what} {odds}',
  'explain.factor': '{cause}의 영향으로 {indicator} {delta}.',
  'explain.turningPoints': '전환점:',
  'explain.turningPoint': '{date}: {headline}',
  'explain.noTurningPoints': '협상의 흐름을 바꾼 사건은 없었습니다.',
  'explain.seat': '{seat}: 100점 만점에 {score}점({verdict}).',

  // ── 용어 해설 ─────────────────────────────────────────────────────────────────────────────
  'glossary.backchannel.term': '백채널(비밀 채널)',
  'glossary.backchannel.def':
    '공식 경로 밖에서 정부 사이에 오가는 비밀 소통 창구로, 흔히 신임받는 특사나 정보기관 인사가 맡습니다. 양측은 여론의 압박 없이 구상을 시험해 볼 수 있습니다.',
  'glossary.cvid.term': 'CVID / 비핵화',
  'glossary.cvid.def':
    '완전하고 검증 가능하며 불가역적인 비핵화. 북한이 사찰을 받으며 모든 핵무기와 핵 프로그램을 포기해야 한다는 미국의 오랜 요구입니다.',
  'glossary.freeze.term': '동결',
  'glossary.freeze.def':
    '지금 상태에서 멈추기로 하는 합의입니다. 새로운 시험도, 새 무기도, 새 핵물질 생산도 없지만 기존 핵무기는 남습니다. 비핵화에는 못 미치지만 합의하기는 더 쉽습니다.',
  'glossary.sanctionsRelief.term': '제재 완화',
  'glossary.sanctionsRelief.def':
    '무역·금융·연료에 대한 유엔 제재와 각국의 독자 제재를 풀거나 느슨하게 하는 것입니다. 평양의 가장 큰 경제적 목표이자 워싱턴의 가장 중요한 협상 카드입니다.',
  'glossary.armistice.term': '정전협정',
  'glossary.armistice.def':
    '1953년 7월 27일 한국전쟁의 전투를 멈춘 협정입니다. 평화조약이 아닌 휴전이어서 당사자들은 엄밀히 말해 아직 전쟁 상태입니다.',
  'glossary.costSharing.term': '방위비 분담금(방위비분담특별협정, SMA)',
  'glossary.costSharing.def':
    '한국이 자국에 주둔하는 미군의 비용 일부를 부담하도록 정한 협정입니다. 트럼프는 서울이 훨씬 더 많이 내야 한다고 거듭 요구해 왔습니다.',
  'glossary.jointExercises.term': '한미연합훈련',
  'glossary.jointExercises.def':
    '한국군과 미군이 정기적으로 함께 하는 군사훈련으로, 봄의 ‘자유의 방패(프리덤 실드)’와 8월의 ‘을지 자유의 방패(을지 프리덤 실드)’가 대표적입니다. 평양은 이를 침공 연습으로 보며, 트럼프는 한때 ‘워게임’이라 불렀습니다.',
  'glossary.strategicAssets.term': '전략자산',
  'glossary.strategicAssets.def':
    '억지력을 과시하려고 한반도나 그 주변에 전개하는 미국의 강력한 전력입니다. 장거리 폭격기, 항공모함, 핵무기 탑재가 가능한 잠수함 등이 있습니다.',
  'glossary.impeachmentRuling.term': '탄핵심판',
  'glossary.impeachmentRuling.def':
    '한국에서는 국회가 대통령을 탄핵소추할 수 있지만, 파면 여부는 헌법재판소만 결정할 수 있습니다. 헌재가 탄핵을 인용하면 60일 안에 새 대통령을 뽑아야 합니다.',

  // ── 브리핑 ────────────────────────────────────────────────────────────────────────────────
  'briefing.1.title': '워싱턴의 결정권자들',
  'briefing.1.body':
    '도널드 트럼프는 2025년 1월 두 번째 임기를 시작하며 역사에 남을 업적을 원합니다. 마코 루비오 국무장관과 마이크 왈츠 국가안보보좌관은 오랫동안 북한에 강경한 노선을 지지해 왔습니다. 측근 그룹은 유례없이 충성스럽지만, 1기 때 존 볼턴과 빚은 것 같은 갈등이 다시 벌어질 수 있습니다.',
  'briefing.2.title': '평양과 서울',
  'briefing.2.body':
    '김정은은 2018년보다 더 큰 능력과 자신감을 갖췄고 러시아의 뒷받침을 받지만, 여전히 미국과의 관계 정상화를 가장 중요한 대외 전략으로 여깁니다. 서울에서는 윤석열 대통령이 2024년 12월의 짧은 비상계엄 이후 탄핵소추되었고, 헌법재판소가 결정을 내릴 때까지 권한대행 체제가 이어집니다.',
  'briefing.3.title': '첫 번째 비밀 채널',
  'briefing.3.body':
    '2018년 마이크 폼페이오 CIA 국장이 비밀리에 평양을 찾았습니다. 억류된 미국인 세 명이 풀려났고, 2018년과 2019년의 북미 정상회담, 그리고 2018년 9월 평양 남북정상회담으로 가는 길이 열렸습니다. 2019년 6월 30일 트럼프는 DMZ에서 군사분계선을 넘어 북한 땅을 밟은 첫 현직 미국 대통령이 되었습니다.',
  'briefing.4.title': '왜 비밀인가, 언제 통하는가',
  'briefing.4.body':
    '오바마는 공개 협상이 정치적으로 불가능했기에 비밀 협상으로 2015년 이란 핵합의를 이끌어 냈습니다. 기사는 새로운 비밀 채널의 조건으로 세 가지를 꼽습니다. 대통령의 강한 의지, 공개 협상을 불가능하게 할 만큼 강한 국내 반대, 그리고 평양의 긍정적인 응답입니다. 한반도는 이란보다 어렵습니다. 전쟁은 정전협정으로 멈췄을 뿐이고, 이전의 합의는 모두 무너졌습니다.',
  'briefing.5.title': '서울이 두려워하는 것',
  'briefing.5.body':
    '서울을 건너뛴 합의는 큰 대가를 치르게 할 수 있습니다. 늘어나는 방위비 분담금, 취소되는 연합훈련, 1949년과 같은 미군 철수, 그리고 최악의 경우 미국의 북한 핵보유국 인정입니다. 이미 한국인의 71%가 자체 핵무장을 지지합니다.',
  'briefing.6.title': '러시아, 우크라이나, 그리고 중국',
  'briefing.6.body':
    '북러 협력은 우크라이나 전쟁 중에 커졌습니다. 트럼프 임기 중 종전이 이뤄지면 그 협력이 느슨해져 김정은에게 미국과의 긴장 완화가 매력적일 수 있습니다. ‘동결 대 제재 완화’ 소문은 워싱턴이 중국과의 경쟁에 집중하려는 구상이었고, 트럼프는 이를 지어낸 이야기라고 일축했습니다. 2024년 6월부터 조약이 러시아와 북한을 상호 방위로 묶고 있고, 2024년 말부터 북한군이 러시아 쿠르스크 지역에서 싸우고 있습니다. (출처: 조선중앙통신이 2024년 6월 19일 공개한 조약문; 한국 국가정보원, 2024년 10월.)',

  // ── 토론 질문 ─────────────────────────────────────────────────────────────────────────────
  'discussion.1':
    '기사는 강한 국내 반대를 비밀 채널의 조건으로 봅니다. 반대가 왜 비밀 협상을 어렵게 하기보다 오히려 가능하게 만들까요? 여러분의 게임에서도 그랬나요?',
  'discussion.2':
    '제재 완화를 대가로 한 동결은 현실적인 첫걸음일까요, 핵 위협에 대한 보상일까요? 여러분의 게임에서 누가 이득을 보고 누가 손해를 봤나요?',
  'discussion.3':
    '트럼프는 유화 노선 보도를 공개적으로 부인했습니다. 정부가 겉으로는 한 가지를 말하면서 비밀리에 다른 것을 협상하는 일은 언제 정당할까요?',
  'discussion.4':
    '워싱턴과 평양의 관계 개선을 위해 서울은 돈, 훈련, 병력 면에서 얼마나 감수할 각오를 해야 할까요? 서울의 레드라인은 어디일까요?',
  'discussion.5':
    '여러분의 게임에서 우크라이나 전쟁은 평양의 선택에 얼마나 영향을 주었나요? 기사 말대로 종전이 김정은을 워싱턴에 더 열린 태도로 만들까요?',
  'discussion.6':
    '이전의 비핵화 합의는 모두 무너졌습니다. 새 합의가 이행 과정을 버텨 내려면 무엇이 필요할까요? 여러분의 게임에서는 무엇이 합의를 깨뜨렸나요?',

  // ── 봇이 행동을 고른 이유 ─────────────────────────────────────────────────────────────────
  'botReason.line': '{seat} ({bot}): {why}',
  'botReason.random': '{among}개의 행동 가운데 무작위로 골랐습니다',
  'botReason.raises': '{indicator}을(를) 높입니다 ({delta})',
  'botReason.lowers': '{indicator}을(를) 낮춥니다 ({delta})',
  'botReason.tag': '{line} 노선에 맞습니다',
  'botReason.tag.engage': '관여',
  'botReason.tag.pressure': '압박',
  'botReason.tag.deal': '협상',
  'botReason.tag.alliance': '동맹 결속',
  'botReason.tag.concede': '양보',
  'botReason.tag.provoke': '도발',
  'botReason.tag.signal': '신호 보내기',
  'botReason.tag.hold': '인내',
  'botReason.progress': '조건이 충족된 동안 회담을 진전시킵니다 (신뢰 {trust}, 결의 {determination})',
  'botReason.refused': '조건이 아직 충족되지 않았지만 시도합니다',
  'botReason.walkOut': '협상장을 떠납니다',
  'botReason.stance.wanted': '“{position}”을(를) 협상 테이블에 올립니다',
  'botReason.stance.settles': '“{position}”에 만족합니다',
  'botReason.thrift': '정치적 자본을 아낍니다',
  'botReason.none': '가장 비용이 적은 선택',
  'botReason.forecast.deal': '표본 미래 {futures}개 중 {count}개에서 “{move}”이(가) 합의로 이어짐 (예상 점수 {score}, 이후 {plan} 방식)',
  'botReason.forecast.risk':
    '표본 미래 {futures}개 중 {count}개에서 “{move}”이(가) {ending}의 위험을 낳음 (예상 점수 {score}, 이후 {plan} 방식)',
  'botReason.forecast.open': '표본 미래 {futures}개 모두에서 “{move}”이(가) 게임을 열어 둠 (예상 점수 {score}, 이후 {plan} 방식)',
  'botReason.forecast.answers': '{why}; 상대의 수에 대한 응답: {news}',
  'botReason.ending.roadmap': '비핵화 로드맵',
  'botReason.ending.freeze': '동결 합의',
  'botReason.ending.recognition': '핵보유국 인정',
  'botReason.ending.collapse': '협상 결렬',
  'botReason.ending.crisis': '군사 위기',
  'botReason.ending.rupture': '동맹 파열',
  'botReason.ending.statusQuo': '현상 유지',
  'botReason.shapeDeal': '협상 테이블에서 만들어지는 합의에 의견을 냄',
  'botReason.withTable': '{why}; 협상 테이블에서는 {table}',
  'botReason.table.accept': '{seat}의 제안을 수락함, 자신에게 {worth}의 가치 (지금은 {aspiration}에 만족: {strategy})',
  'botReason.table.propose.secret': '{seat}에 비공개로 일괄안을 제안함, 자신에게 {worth}의 가치 (지금은 {aspiration}에 만족: {strategy})',
  'botReason.table.propose.public': '{seat}에 공개적으로 일괄안을 제안함, 자신에게 {worth}의 가치 (지금은 {aspiration}에 만족: {strategy})',
  'botReason.table.publicLine': '{seat}에 강경한 공개 입장을 밝힘: 요구 {asks}개, 양보 없음',
  'botReason.table.reject': '{seat}의 제안을 거절함, 자신에게 {worth}의 가치',
  'botReason.table.random': '무작위로 행동함',
  'botReason.table.forecast': '표본 미래 {futures}개에서 “{kind}”이(가) 가장 나았음 (예상 점수 {score})',
  'botReason.tableKind.propose': '제안',
  'botReason.tableKind.accept': '수락',
  'botReason.tableKind.reject': '거절',
  'botReason.strategy.boulware': '늦게 양보하는 강경 노선',
  'botReason.strategy.conceder': '일찍 양보하는 방식',
  'botReason.strategy.titForTat': '상대가 마지막으로 양보한 만큼 양보함',
  // ── Scenario version 2 ────────────────────────────────────────────────────────────────────
  'move.us.walkOut.name': '정상회담 자리 박차고 나가기',
  'move.us.walkOut.desc':
    '2019년 2월 하노이에서 트럼프가 그랬듯 합의 없이 자리를 뜹니다(“때로는 걸어 나가야 한다”). 매파는 반기지만 신뢰와 대통령의 의지는 떨어집니다. 첫 실패는 협상을 후퇴시키고, 두 번째 실패는 협상을 끝냅니다.',
  'move.dprk.returnRemains.name': '미군 유해 송환',
  'move.dprk.returnRemains.desc':
    '2018년 7월 55상자의 유해를 돌려보낸 것과 같은 선의의 제스처입니다. (2025년에는 억류된 미국인이 알려지지 않았으므로 석방할 억류자가 없습니다.) 신뢰를 쌓고 의회를 누그러뜨립니다.',
  'event.leakInterKorean.title': '서울의 대북 비밀 라인 노출',
  'event.leakInterKorean.body': '서울과 평양의 조용한 접촉이 보도로 드러납니다. 워싱턴은 통보받지 못한 데 불쾌해합니다.',
  'event.leakInterKorean.cause': '서울 대북 라인의 노출',
  'event.leakMoscow.title': '정보당국, 평양의 새 대러 거래를 폭로',
  'event.leakMoscow.body':
    '2024년 10월 파병 사실을 공개했듯 한국 국가정보원이 평양과 모스크바의 최근 거래를 공개합니다. 의회는 압박을 요구합니다.',
  'event.leakMoscow.cause': '대러 거래의 폭로',
  'event.leakConsultation.title': '서울과 워싱턴의 협의 내용 공개',
  'event.leakConsultation.body': '서울이 워싱턴의 협상 조건을 조용히 조율해 왔다는 사실이 드러납니다. 평양이 이를 주목합니다.',
  'event.leakConsultation.cause': '서울 협의 내용의 유출',
  'event.troopReview.title': '워싱턴, 주한미군 재검토',
  'event.troopReview.body': '서울이 분담금 증액을 거부하자 백악관이 주한미군 재검토를 지시하고 첫 감축을 발표합니다.',
  'event.troopReview.cause': '서울의 거부 뒤 주한미군 재검토',
  'event.kurskFront.title': '북한군, 러시아 쿠르스크 전선에서 전투',
  'event.kurskFront.body': '더 많은 북한 병사가 쿠르스크 지역에서 러시아를 위해 싸우며 실전 경험과 모스크바의 신세를 얻습니다.',
  'event.kurskFront.cause': '쿠르스크 전투',
  'event.russiaTreaty.title': '출발점: 북러 조약 발효',
  'event.russiaTreaty.body':
    '2024년 6월 19일 평양에서 서명되어 2024년 12월 4일 발효된 포괄적 전략동반자 관계 조약은 한쪽이 공격받으면 다른 쪽이 군사 원조를 제공하도록 규정합니다. 우크라이나 종전은 관계를 느슨하게 할 수 있지만 조약은 남습니다.',
  'event.russiaTreaty.cause': '북러 조약',
  'event.kurskDeployment.title': '출발점: 쿠르스크의 북한군',
  'event.kurskDeployment.body':
    '2024년 말부터 약 1만 1천 명의 북한군이 러시아 쿠르스크 지역에 파병되어 있습니다(한국 국가정보원, 미 국방부).',
  'event.kurskDeployment.cause': '쿠르스크 파병',
  'drift.talksBuildTrust': '몇 달간의 조용한 대화',
  'drift.nuclearStrain': '동맹을 흔드는 서울의 자체 핵무장 논쟁',
  'objective.nuclearRestraint': '핵무장 논쟁을 억제하기',
  'note.hanoiSetback': '협상이 후퇴했습니다: {months}개월 동안 새 특사를 보낼 수 없습니다.',
  'note.hanoiSetback.cause': '협상 실패 후의 후퇴',
  'note.hanoiSetback.hint':
    '2019년 하노이 이후처럼 첫 실패가 끝은 아닙니다. 신뢰와 의지가 떨어지고, 냉각기 뒤에 새 특사가 다시 시도할 수 있습니다. 두 번째 실패는 협상을 끝냅니다.',
  'note.dealBroken.test': '합의가 깨졌습니다: 이행 중 미사일 시험.',
  'note.dealBroken.sabotage': '합의가 깨졌습니다: 워싱턴의 방해 세력(매파나 의회)이 무너뜨렸습니다.',
  'note.dealBroken.trust': '합의가 깨졌습니다: 이행을 떠받칠 신뢰가 너무 낮아졌습니다.',
  'note.dealBroken.tension': '합의가 깨졌습니다: 한반도 긴장이 너무 높았습니다.',
  'note.dealBroken.test.hint': '이행 기간 매달 방해 세력이 성공할 확률은 {chance}%였습니다.',
  'note.dealBroken.sabotage.hint': '이번 달 방해 확률은 {chance}%였습니다. 반대 여론과 내각 분열이 클수록 높아집니다.',
  'note.dealBroken.trust.hint': '합의 이행에는 신뢰가 필요합니다. 방해 확률도 {chance}%였습니다.',
  'note.dealBroken.tension.hint': '이런 긴장 속에서는 어떤 합의도 버티지 못합니다. 방해 확률도 {chance}%였습니다.',
  // ── 시나리오 버전 5: 서울의 노선과 동맹·이웃의 수 ───────────────────────────────────────────────
  'event.breakRanks.title': '워싱턴: 서울이 대열을 이탈하다',
  'event.breakRanks.body':
    '워싱턴이 제재를 강화하는 동안 서울이 공개적으로 평양에 손을 내밉니다. 백악관은 동맹이 누구 편인지 묻고, 동맹이 식어 가며, 워싱턴은 주한미군 주둔 비용을 더 요구합니다.',
  'event.breakRanks.cause': '워싱턴의 제재에 맞선 서울의 관여',
  'event.jointFront.title': '한미, 공동 전선을 보이다',
  'event.jointFront.body': '서울의 강경 노선이 워싱턴의 새 제재와 나란히 섭니다. 두 동맹이 한목소리를 내고 동맹이 더 가까워집니다.',
  'event.jointFront.cause': '워싱턴의 제재와 함께한 공동 전선',
  'event.overtureSnubbed.title': '평양의 손짓을 뿌리치다',
  'event.overtureSnubbed.body':
    '서울이 평양이 내민 손에 강경 노선으로 답합니다. 북한은 남한을 적대 국가라 부르고, 연락 채널이 끊기며 긴장이 높아집니다.',
  'event.overtureSnubbed.cause': '평양의 손짓을 뿌리친 서울',
  'event.thaw.title': '한반도에 해빙',
  'event.thaw.body': '2018년 올림픽 전처럼 서울이 평양의 손짓에 응합니다. 연락사무소가 다시 문을 열고 경계선이 조용해집니다.',
  'event.thaw.cause': '평양의 손짓 뒤의 해빙',
  // ── 시나리오 버전 6: 워싱턴의 노선이 평양의 노선과 만나다 ───────────────────────────────────
  'event.exercisesPaused.title': '손짓에 맞춘 훈련 중단',
  'event.exercisesPaused.body':
    '워싱턴이 평양의 대남 손짓에 연합훈련 중단으로 답합니다. 2018년 올림픽 전에 동맹이 그랬듯이요. 같은 손짓을 받은 서울은 중단을 반기고 한반도가 조용해집니다.',
  'event.exercisesPaused.cause': '평양의 손짓에 답한 훈련 중단',
  'event.testRewarded.title': '매파: 시험 발사에 대한 보상',
  'event.testRewarded.body':
    '북한의 미사일 시험 몇 주 뒤 워싱턴이 훈련을 중단합니다. 의회와 대통령의 매파는 시험 발사에 대한 보상이라고 비판하고, 평양은 시험 발사가 통한다고 여깁니다.',
  'event.testRewarded.cause': '미사일 시험 직후의 훈련 중단',
  'event.showOfForce.title': '폭격기가 시험 발사에 답하다',
  'event.showOfForce.body':
    '시험 발사 며칠 뒤 미국 전략폭격기가 한국 전투기와 함께 한반도 상공을 비행합니다. 서울은 안심하고 의회는 환영하며, 평양은 동맹이 함께 서 있음을 봅니다.',
  'event.showOfForce.cause': '시험 발사 뒤의 무력 시위',
  'event.overtureChilled.title': '폭격기가 손짓을 식히다',
  'event.overtureChilled.body':
    '평양이 서울에 손짓하는 사이 미국 폭격기가 옵니다. 북한은 동맹의 압박이 자신의 내민 손에 대한 답이라고 말하고, 남북 접촉이 식으며 긴장이 높아집니다.',
  'event.overtureChilled.cause': '평양의 손짓에 답한 폭격기',
};
