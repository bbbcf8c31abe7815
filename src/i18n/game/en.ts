/**
 * English texts of the game model: seats, moves, events, stages, indicators, endings, objectives,
 * glossary, briefing and debrief. Keys must match `de.ts` and `ko.ts` (tests/i18n checks it).
 * Placeholders in braces (`{deal}`) are filled by `t()` in src/i18n/index.ts.
 */
export const game: Record<string, string> = {
  // ── Seats and actors ──────────────────────────────────────────────────────────────────────
  'seat.us': 'Washington',
  'seat.us.long': 'United States',
  'seat.dprk': 'Pyongyang',
  'seat.dprk.long': 'North Korea (DPRK)',
  'seat.rok': 'Seoul',
  'seat.rok.long': 'South Korea (ROK)',

  'actor.washington': 'White House',
  'actor.congress': 'US Congress',
  'actor.pyongyang': 'Pyongyang',
  'actor.seoul': 'Seoul',
  'actor.court': 'Constitutional Court',
  'actor.voters': 'South Korean voters',
  'actor.beijing': 'Beijing',
  'actor.moscow': 'Moscow',
  'actor.press': 'The press',
  'actor.calendar': 'The calendar',

  // ── Washington's moves ────────────────────────────────────────────────────────────────────
  'move.us.sendEnvoy.name': 'Send a secret envoy',
  'move.us.sendEnvoy.desc':
    'A trusted emissary travels quietly to Pyongyang, as CIA Director Mike Pompeo did in 2018. The channel opens only if the President is determined enough to carry it.',
  'move.us.offerPublicTalks.name': 'Offer talks in public',
  'move.us.offerPublicTalks.desc':
    'Propose open negotiations. While opposition at home is strong this only stirs up critics, which is exactly why the article expects secret talks instead, as with Iran before 2015.',
  'move.us.offerFreeze.name': 'Offer a freeze for relief',
  'move.us.offerFreeze.desc':
    'Put the rumoured shift on the table in secret: Pyongyang stops its programme and builds no new weapons, and gets sanctions relief and perhaps aid in return. Trust grows; the hawks grumble. While the hawks hold the inner circle it costs more political capital.',
  'move.us.demandCVID.name': 'Demand full denuclearization',
  'move.us.demandCVID.desc':
    'Insist in public on complete, verifiable and irreversible disarmament. The hawks and Congress applaud, but Pyongyang hears a demand that every earlier agreement failed to meet.',
  'move.us.denyReports.name': 'Deny the reports',
  'move.us.denyReports.desc':
    'Dismiss stories about a softer line as fabricated, the way Trump did on Truth Social. Public words and secret positions part ways: the channel regains cover and critics calm down, at a small cost in trust.',
  'move.us.proposeFormalTalks.name': 'Propose formal talks',
  'move.us.proposeFormalTalks.desc':
    'Turn the quiet talks into formal, public negotiations. It works only once trust is high enough, and Congress and the hawks will be watching.',
  'move.us.proposeSummit.name': 'Propose a summit',
  'move.us.proposeSummit.desc':
    'Invite Kim Jong Un to meet the President in person, as in 2018 and 2019. It needs solid trust and a determined President, and it draws every critic’s attention.',
  'move.us.suspendExercises.name': 'Scale back joint exercises',
  'move.us.suspendExercises.desc':
    'Cut the US–South Korean drills by one step. Trump once called them “war games”; Pyongyang is pleased, Seoul feels exposed and the alliance suffers.',
  'move.us.resumeExercises.name': 'Resume joint exercises',
  'move.us.resumeExercises.desc':
    'Bring the drills back by one step. Deterrence and the alliance recover, while Pyongyang sees a provocation.',
  'move.us.demandCostSharing.name': 'Demand more cost-sharing',
  'move.us.demandCostSharing.desc':
    'Tell Seoul to pay more for the US troops under the Special Measures Agreement. The better inter-Korean relations look, the more Washington asks.',
  'move.us.discussTroopCut.name': 'Discuss troop cuts',
  'move.us.discussTroopCut.desc':
    'Put a reduction of the US forces in Korea on the table once the cost-sharing fight is under way. Pyongyang welcomes it; Seoul remembers that the 1949 withdrawal came just before the Korean War.',
  'move.us.recognizeNuclearStatus.name': 'Recognize nuclear status',
  'move.us.recognizeNuclearStatus.desc':
    'Formally accept North Korea as a nuclear state to ease arms talks: the worst case for Seoul, extreme but not ruled out. Only a very determined President can do it, and only once. In the current rules only at a summit, and dearer while the hawks hold the inner circle.',
  'move.us.pushUkraineSettlement.name': 'Push a Ukraine settlement',
  'move.us.pushUkraineSettlement.desc':
    'Press Moscow and Kyiv towards an end of the war. Peace in Ukraine would make Pyongyang’s partnership with Russia less certain.',
  'move.us.tightenSanctions.name': 'Tighten sanctions',
  'move.us.tightenSanctions.desc':
    'Add unilateral sanctions, as Congress demands. Pressure on Pyongyang grows and the hawks are satisfied, but trust drops and tension rises. Repeated within a few months it bites less and costs more.',
  'move.us.deployStrategicAssets.name': 'Deploy strategic assets',
  'move.us.deployStrategicAssets.desc':
    'Send bombers, a carrier group or a missile submarine to the peninsula. Seoul feels protected and wants its own bomb less; Pyongyang feels threatened.',
  'move.us.hold.name': 'Wait and rebuild capital',
  'move.us.hold.desc': 'Start nothing new this month. Washington regains some political capital for later.',

  // ── Pyongyang's moves ─────────────────────────────────────────────────────────────────────
  'move.dprk.respondChannel.name': 'Answer through the channel',
  'move.dprk.respondChannel.desc':
    'Send a quiet reply to the envoy. A positive answer is the article’s third condition; it opens talks only if there is some trust and Pyongyang is not too sure of itself.',
  'move.dprk.releaseDetainees.name': 'Release detainees',
  'move.dprk.releaseDetainees.desc':
    'Free American prisoners as a gesture of goodwill, as in 2018. Trust and the President’s determination rise; critics in Washington soften. Once per game.',
  'move.dprk.testMissile.name': 'Test a missile',
  'move.dprk.testMissile.desc':
    'Show strength with a launch. Capability and confidence grow, but so do tension and opposition in Washington, and a test during implementation breaks any deal.',
  'move.dprk.freezeTesting.name': 'Offer a testing freeze',
  'move.dprk.freezeTesting.desc': 'Offer in secret to stop tests and new weapons. It is Pyongyang’s half of a freeze-for-relief deal.',
  'move.dprk.offerRoadmap.name': 'Offer a disarmament roadmap',
  'move.dprk.offerRoadmap.desc':
    'Commit in secret to step-by-step denuclearization. Pyongyang considers it only when sanctions bite, trust is real and its own confidence has dropped.',
  'move.dprk.demandRecognition.name': 'Demand recognition',
  'move.dprk.demandRecognition.desc':
    'Insist that Washington accept North Korea as a nuclear state. It suits Pyongyang’s aim of keeping its arsenal and deepens Seoul’s fears.',
  'move.dprk.demandTroopWithdrawal.name': 'Demand US troop withdrawal',
  'move.dprk.demandTroopWithdrawal.desc':
    'Call for the US forces to leave the South. At the negotiating table it drives a wedge between the allies; elsewhere it only raises tension.',
  'move.dprk.deepenRussiaTies.name': 'Deepen ties with Russia',
  'move.dprk.deepenRussiaTies.desc':
    'Expand the wartime partnership with Moscow in secret. It brings confidence, technology and ways around sanctions while the Ukraine war lasts.',
  'move.dprk.reachOutToSeoul.name': 'Reach out to Seoul',
  'move.dprk.reachOutToSeoul.desc': 'Make a friendly gesture to the South. A liberal government answers warmly, a conservative one coolly.',
  'move.dprk.walkOut.name': 'Walk out of the talks',
  'move.dprk.walkOut.desc':
    'Leave the table, as Pyongyang’s negotiator did at the Stockholm talks in October 2019. Before a summit the channel falls silent; at a summit the talks collapse. In the current rules a first failed summit sets the talks back; a second ends them.',
  'move.dprk.hold.name': 'Wait and rebuild capital',
  'move.dprk.hold.desc': 'Start nothing new this month. Pyongyang regains some political capital for later.',

  // ── Seoul's moves ─────────────────────────────────────────────────────────────────────────
  'move.rok.backEngagement.name': 'Back engagement',
  'move.rok.backEngagement.desc':
    'Support talks between Washington and Pyongyang in public. A liberal government can lend more weight to them, as Kim Dae-jung, Roh Moo-hyun and Moon Jae-in did.',
  'move.rok.holdHardLine.name': 'Hold a hard line',
  'move.rok.holdHardLine.desc':
    'Stay with deterrence first and no favours for the North. The alliance grows firmer while inter-Korean relations freeze further.',
  'move.rok.payMore.name': 'Agree to pay more',
  'move.rok.payMore.desc':
    'Accept a higher bill for the US troops under the Special Measures Agreement. The alliance is reassured; the budget is not.',
  'move.rok.refuseToPay.name': 'Refuse to pay more',
  'move.rok.refuseToPay.desc': 'Turn down Washington’s demand for more money. The bill stays bearable, but the alliance takes a hit.',
  'move.rok.interKoreanOutreach.name': 'Secret talks with the North',
  'move.rok.interKoreanOutreach.desc':
    'Open a quiet line of Seoul’s own to Pyongyang. It works far better under a liberal government than under a conservative one.',
  'move.rok.mediate.name': 'Mediate between the two',
  'move.rok.mediate.desc':
    'Carry messages between Washington and Pyongyang, as Moon Jae-in did in 2018. Only a liberal government can play this role.',
  'move.rok.debateNukes.name': 'Debate own nuclear weapons',
  'move.rok.debateNukes.desc':
    'Let the debate about a South Korean bomb run its course. It warns Washington that leaving Seoul alone has a price, and it strains the alliance.',
  'move.rok.urgeExercises.name': 'Urge joint exercises',
  'move.rok.urgeExercises.desc': 'Press Washington to bring back the drills it scaled down. Without them Seoul is left vulnerable.',
  'move.rok.consultWashington.name': 'Consult Washington quietly',
  'move.rok.consultWashington.desc':
    'Make sure behind closed doors that no deal is struck over Seoul’s head. It strengthens the alliance and adds a little to the bill. If Seoul was consulted, a deal costs it less; if not, recognition or a rupture is a loss for Seoul.',
  'move.rok.hold.name': 'Wait and rebuild capital',
  'move.rok.hold.desc': 'Start nothing new this month. Seoul regains some political capital for later.',

  'move.hidden.name': 'Secret move',

  // ── Events ────────────────────────────────────────────────────────────────────────────────
  'event.courtRuling.title': 'Constitutional Court rules on Yoon’s impeachment',
  'event.courtRuling.body':
    'The justices have decided whether President Yoon Suk-yeol is removed from office over his short-lived declaration of martial law.',
  'event.courtRuling.outcome.upheld': 'Court upholds impeachment: election within 60 days',
  'event.courtRuling.outcome.dismissed': 'Court dismisses impeachment: Yoon returns to office',
  'event.courtRuling.cause': 'the Court’s ruling',
  'event.snapElection.title': 'South Korea elects a new president',
  'event.snapElection.body': 'Voters have chosen a successor within the 60 days the constitution allows.',
  'event.snapElection.outcome.liberal': 'Democratic Party candidate wins the snap election',
  'event.snapElection.outcome.conservative': 'Conservative candidate wins the snap election',
  'event.snapElection.cause': 'the snap election',
  'event.exerciseSeason.title': 'Exercise season on the peninsula',
  'event.exerciseSeason.body':
    'In spring and in August the allies usually train together. Full drills raise tension, scaled-down ones less so, and cancelled ones leave Seoul uneasy.',
  'event.exerciseSeason.cause': 'the exercise season',
  'event.summitPhotoOp.title': 'Handshake for the cameras',
  'event.summitPhotoOp.body':
    'The two leaders pose side by side, much as Trump and Kim did at the DMZ on 30 June 2019. The President is delighted; his critics are not.',
  'event.summitPhotoOp.cause': 'the summit photo-op',
  'event.leak.title': 'Secret US–North Korea channel exposed',
  'event.leak.body': 'Reporters have uncovered the quiet contacts. Critics in Congress pounce and the hawks keep their distance.',
  'event.leak.cause': 'the leak of the channel',
  'event.congressSanctionsPush.title': 'Congress pushes new sanctions on Pyongyang',
  'event.congressSanctionsPush.body': 'Lawmakers of both parties demand more pressure, pointing to North Korea’s partnership with Russia.',
  'event.congressSanctionsPush.cause': 'the sanctions push in Congress',
  'event.hawksClash.title': 'Hawks clash with the President over North Korea',
  'event.hawksClash.body':
    'Hard-liners in the inner circle object to the President’s wish for a deal, much as John Bolton did in the first term.',
  'event.hawksClash.cause': 'the hawks’ clash with the President',
  'event.hawkResigns.title': 'A leading hawk leaves the administration',
  'event.hawkResigns.body':
    'After weeks of infighting one of the hard-liners resigns or is pushed aside, as Bolton was in September 2019. The President has a freer hand, and Congress is uneasy.',
  'event.hawkResigns.cause': 'a hawk’s departure',
  'event.cabinetCloseRanks.title': 'White House closes ranks',
  'event.cabinetCloseRanks.body': 'The quarrel is patched up: for now, loyalty to the President wins.',
  'event.cabinetCloseRanks.cause': 'the cabinet closing ranks',
  'event.ukraineCeasefireTalks.title': 'Ceasefire talks on Ukraine begin',
  'event.ukraineCeasefireTalks.body':
    'Moscow agrees to negotiate an end to the fighting. If the talks succeed, Pyongyang’s partnership with Russia may lose its purpose.',
  'event.ukraineCeasefireTalks.cause': 'the Ukraine ceasefire talks',
  'event.ukraineSettlement.title': 'Settlement ends the war in Ukraine',
  'event.ukraineSettlement.body':
    'Russia needs Pyongyang’s help less than before. The article argues that this would make détente with Washington the wise choice for Kim.',
  'event.ukraineSettlement.cause': 'the Ukraine settlement',
  'event.ukraineTalksStall.title': 'Ukraine talks collapse, fighting goes on',
  'event.ukraineTalksStall.body':
    'The ceasefire talks have broken down. The war continues, and with it the bond between Moscow and Pyongyang.',
  'event.ukraineTalksStall.cause': 'the collapse of the Ukraine talks',
  'event.russiaArmsDeal.title': 'New arms deal between Moscow and Pyongyang',
  'event.russiaArmsDeal.body':
    'Russia repays North Korea’s wartime help with money, fuel and military know-how. Pyongyang grows stronger and bolder; sanctions lose some of their bite.',
  'event.russiaArmsDeal.cause': 'the Russian arms deal',
  'event.satelliteLaunch.title': 'North Korea launches a spy satellite',
  'event.satelliteLaunch.body':
    'Pyongyang puts another reconnaissance satellite into orbit, as it first managed in November 2023. Tension rises.',
  'event.satelliteLaunch.cause': 'the satellite launch',
  'event.chinaPressure.title': 'Beijing leans on Pyongyang',
  'event.chinaPressure.body':
    'China wants calm on its border and quietly tells Kim to lower the temperature. Pyongyang grows a little less sure of itself.',
  'event.chinaPressure.cause': 'pressure from Beijing',
  'event.chinaEasesEnforcement.title': 'China relaxes sanctions enforcement',
  'event.chinaEasesEnforcement.body':
    'Trade across the Chinese border picks up again. Beijing reminds Washington that their rivalry has a price on the peninsula.',
  'event.chinaEasesEnforcement.cause': 'China’s lax enforcement',
  'event.nuclearDebateSurge.title': 'South Koreans call for their own bomb',
  'event.nuclearDebateSurge.body':
    'With tension high, more South Koreans want nuclear weapons of their own and fewer trust the American umbrella.',
  'event.nuclearDebateSurge.cause': 'the surge in the nuclear debate',
  'event.costSharingTalks.title': 'Washington reopens the cost-sharing fight',
  'event.costSharingTalks.body':
    'With talks under way, the administration asks why Seoul does not pay more for the US troops. The Special Measures Agreement is back on the table.',
  'event.costSharingTalks.cause': 'the cost-sharing dispute',
  'event.insultsAndThreats.title': 'Insults and threats fly again',
  'event.insultsAndThreats.body':
    'As in 2017, the leaders trade threats in public. Tension climbs and the President’s appetite for a deal cools.',
  'event.insultsAndThreats.cause': 'the exchange of threats',
  'event.kimLetter.title': 'A personal letter from Kim',
  'event.kimLetter.body': 'Kim writes to the President directly, as he did in 2018 and 2019. Trump’s faith in their relationship grows.',
  'event.kimLetter.cause': 'Kim’s letter',

  // ── Stages ────────────────────────────────────────────────────────────────────────────────
  'stage.negotiation.noContact.name': 'No contact',
  'stage.negotiation.noContact.news': 'The line to Pyongyang goes silent',
  'stage.negotiation.noContact.desc':
    'There is no working channel between Washington and Pyongyang. Whatever was on the table is withdrawn.',
  'stage.negotiation.secretEnvoy.name': 'Secret envoy',
  'stage.negotiation.secretEnvoy.news': 'A US envoy travels quietly to Pyongyang',
  'stage.negotiation.secretEnvoy.desc': 'A secret emissary has made contact. Now it is Pyongyang’s turn to answer.',
  'stage.negotiation.exploratory.name': 'Exploratory talks',
  'stage.negotiation.exploratory.news': 'Exploratory talks begin behind closed doors',
  'stage.negotiation.exploratory.desc': 'Each side tests whether the other is ready for real negotiations, out of public view.',
  'stage.negotiation.formal.name': 'Formal talks',
  'stage.negotiation.formal.news': 'Washington and Pyongyang open formal negotiations',
  'stage.negotiation.formal.desc': 'Negotiators meet officially. The hawks and Congress now watch every step.',
  'stage.negotiation.summit.name': 'Summit',
  'stage.negotiation.summit.news': 'Trump and Kim meet at a summit',
  'stage.negotiation.summit.desc': 'The leaders meet. The outcome depends on what each side has put on the table.',
  'stage.negotiation.agreement.name': 'Agreement',
  'stage.negotiation.agreement.news': 'Summit ends in an agreement: {deal}',
  'stage.negotiation.agreement.desc': 'A deal has been signed. Now it has to be carried out.',
  'stage.negotiation.implementation.name': 'Implementation',
  'stage.negotiation.implementation.news': 'The agreement moves into implementation',
  'stage.negotiation.implementation.desc':
    'Both sides carry out their part. A missile test, sabotage at home, falling trust or rising tension can still wreck it.',
  'stage.negotiation.collapsed.name': 'Collapse',
  'stage.negotiation.collapsed.news': 'Diplomacy collapses, as in Hanoi',
  'stage.negotiation.collapsed.desc': 'The talks have failed for good. Distrust and tension return.',

  'stage.seoul.yoon.name': 'Yoon reinstated',
  'stage.seoul.yoon.news': 'Yoon Suk-yeol returns to office',
  'stage.seoul.yoon.desc': 'The Court has dismissed the impeachment. A conservative government with a hard line on the North is back.',
  'stage.seoul.trial.name': 'Impeachment trial',
  'stage.seoul.trial.news': 'Constitutional Court weighs Yoon’s impeachment',
  'stage.seoul.trial.desc':
    'The National Assembly impeached Yoon over his brief martial law. An acting government runs the country while the Court deliberates.',
  'stage.seoul.snapElection.name': 'Snap election',
  'stage.seoul.snapElection.news': 'South Korea heads for a snap election',
  'stage.seoul.snapElection.desc': 'Yoon has been removed. A new president must be elected within 60 days.',
  'stage.seoul.newGovernment.name': 'New government',
  'stage.seoul.newGovernment.news': 'New government in Seoul after a win for {winner}',
  'stage.seoul.newGovernment.desc':
    'The winner sets Seoul’s course: a liberal president puts engagement first, a conservative one keeps the hard line.',

  'stage.ukraine.war.name': 'War',
  'stage.ukraine.war.news': 'Fighting resumes in Ukraine',
  'stage.ukraine.war.desc': 'The war in Ukraine keeps Moscow and Pyongyang close.',
  'stage.ukraine.ceasefireTalks.name': 'Ceasefire talks',
  'stage.ukraine.ceasefireTalks.news': 'Russia and Ukraine start ceasefire talks',
  'stage.ukraine.ceasefireTalks.desc': 'Moscow and Kyiv are negotiating. Pyongyang starts to wonder how long Russia will need it.',
  'stage.ukraine.settled.name': 'Settlement',
  'stage.ukraine.settled.news': 'The war in Ukraine ends in a settlement',
  'stage.ukraine.settled.desc':
    'With peace in Ukraine the partnership with Russia loosens, and détente with Washington looks wiser to Kim.',

  'stage.cabinet.loyal.name': 'Loyal circle',
  'stage.cabinet.loyal.news': 'The inner circle closes ranks behind the President',
  'stage.cabinet.loyal.desc': 'An unusually loyal team stands behind the President, hawks included.',
  'stage.cabinet.clash.name': 'Clash with the hawks',
  'stage.cabinet.clash.news': 'Open rift between the President and his hawks',
  'stage.cabinet.clash.desc': 'The hard-liners resist a softer line, as Bolton did in the first term.',
  'stage.cabinet.hawkOut.name': 'A hawk is out',
  'stage.cabinet.hawkOut.news': 'A hawk is gone; the President has a freer hand',
  'stage.cabinet.hawkOut.desc': 'One of the hard-liners has left. The inner circle is united again, but Congress is warier.',

  // Why a stage was entered (the signal behind it).
  'signal.channel.envoy': 'The President sent a secret envoy and was determined enough to back him.',
  'signal.channel.public': 'Washington offered talks in public.',
  'signal.channel.response': 'Pyongyang answered through the channel.',
  'signal.channel.exposed': 'After the leak, opposition at home was too strong for the channel to survive.',
  'signal.channel.stale': 'The envoy waited too long for an answer.',
  'signal.talks.upgrade': 'Washington proposed formal talks and trust was high enough.',
  'signal.talks.summit': 'Washington proposed a summit, and both trust and the President’s determination were high enough.',
  'signal.talks.deal': 'What the two sides had put on the table fitted together.',
  'signal.talks.vague': 'The summit ended in a vague statement without a deal; the negotiators take over again.',
  'signal.talks.walkOut': 'The talks ended in a walk-out.',
  'signal.talks.breakdown': 'Trust fell so low that the talks could not go on.',
  'signal.deal.step': 'With the signatures in place, the deal has to be carried out.',
  'signal.deal.broken': 'The deal broke: a missile test, sabotage at home, too little trust or too much tension.',
  'signal.deal.done': 'The deal held through implementation.',
  'signal.seoul.ruling': 'The Constitutional Court has ruled.',
  'signal.seoul.election': 'South Koreans have voted.',
  'signal.ukraine.talks': 'Moscow and Kyiv agreed to talk.',
  'signal.ukraine.push': 'Washington pushed for a settlement.',
  'signal.ukraine.settle': 'The ceasefire talks succeeded.',
  'signal.ukraine.collapse': 'The ceasefire talks broke down.',
  'signal.cabinet.clash': 'The hawks clashed with the President.',
  'signal.cabinet.hawkOut': 'A hawk resigned or was pushed aside.',
  'signal.cabinet.reconcile': 'The quarrel in the cabinet was patched up.',

  // ── Refusals ──────────────────────────────────────────────────────────────────────────────
  'note.envoyRefused': 'The envoy was not sent: the President’s determination is too weak.',
  'note.envoyRefused.hint': 'A secret channel needs the President’s determination at {threshold} or more.',
  'note.publicTalksBlocked': 'No public talks: opposition at home is too strong.',
  'note.publicTalksBlocked.hint':
    'Open talks need opposition below {threshold}. Until then only a secret channel can work, which is the article’s point.',
  'note.responseTooWeak': 'Pyongyang’s reply did not open talks: too little trust, or Pyongyang too sure of itself.',
  'note.responseTooWeak.hint': 'Pyongyang’s answer counts once trust is at least {trust} and its confidence is below {confidence}.',
  'note.formalTalksTooEarly': 'Too early for formal talks: trust is still too low.',
  'note.formalTalksTooEarly.hint': 'Formal talks need trust of at least {trust}.',
  'note.summitTooEarly': 'Too early for a summit: trust or the President’s determination is too low.',
  'note.summitTooEarly.hint': 'A summit needs trust of at least {trust} and determination of at least {determination}.',

  // News additions.
  'news.injected': 'The teacher added this event to the session.',
  'news.revealed.zero': 'No secret move came to light.',
  'news.revealed.one': 'One secret move has come to light.',
  'news.revealed.other': '{count} secret moves have come to light.',

  // ── Indicators ────────────────────────────────────────────────────────────────────────────
  'indicator.determination.name': 'President’s determination',
  'indicator.determination.desc':
    'How much Trump wants a deal for his legacy. High: he sends an envoy and goes to a summit. Low: the backchannel has no one to carry it.',
  'indicator.usOpposition.name': 'Opposition at home',
  'indicator.usOpposition.desc':
    'Resistance in Congress and Washington to engaging Pyongyang. High: public talks are impossible, so only a secret channel can work, but a leak can kill it. Low: talks can happen in the open.',
  'indicator.cabinetCohesion.name': 'Cabinet cohesion',
  'indicator.cabinetCohesion.desc':
    'Whether the hawks in the inner circle stand with the President. High: a loyal team. Low: open clashes, and a hawk may leave.',
  'indicator.trust.name': 'US–DPRK trust',
  'indicator.trust.desc':
    'How far Washington and Pyongyang believe each other. High: formal talks, a summit and a deal become possible. Low: talks break down.',
  'indicator.sanctions.name': 'Sanctions pressure',
  'indicator.sanctions.desc':
    'How hard sanctions squeeze North Korea. High: Pyongyang feels the pain and may offer more. Low: relief, which Pyongyang wants.',
  'indicator.dprkCapability.name': 'DPRK nuclear capability',
  'indicator.dprkCapability.desc':
    'The size and reach of the nuclear and missile programme. It grows each month unless frozen. High: a more dangerous neighbour and a harder bargain.',
  'indicator.dprkConfidence.name': 'DPRK confidence',
  'indicator.dprkConfidence.desc':
    'How sure of itself Pyongyang is. High: small incentives no longer tempt it, and at the top it rebuffs the channel. Low: it is more willing to give ground.',
  'indicator.russiaTies.name': 'DPRK–Russia partnership',
  'indicator.russiaTies.desc':
    'How close Pyongyang and Moscow are. High: new support makes Kim bolder and Congress angrier. Low: détente with Washington looks wiser.',
  'indicator.interKorean.name': 'Inter-Korean relations',
  'indicator.interKorean.desc':
    'The climate between Seoul and Pyongyang. Low: frozen, as under Yoon. High: contacts and calm, which Seoul wants.',
  'indicator.alliance.name': 'US–ROK alliance',
  'indicator.alliance.desc':
    'The strength of the alliance between Washington and Seoul. High: credible deterrence. Very low: the alliance ruptures.',
  'indicator.costSharing.name': 'Seoul’s cost-sharing bill',
  'indicator.costSharing.desc': 'How much Seoul pays for the US troops. High: a heavy burden and anger in Seoul. Low: a bearable bill.',
  'indicator.rokNukeSupport.name': 'Support for own nukes in the ROK',
  'indicator.rokNukeSupport.desc':
    'Share of South Koreans who want their own nuclear weapons; it starts at 71%. It rises with threat and with fear of being left alone.',
  'indicator.tension.name': 'Regional tension',
  'indicator.tension.desc':
    'How close the peninsula is to conflict. High: danger, and at the very top an escalation crisis ends the game. Low: calm.',
  'indicator.secrecy.name': 'Secrecy of the channel',
  'indicator.secrecy.desc': 'How well the quiet contacts are hidden. Every secret move wears it down. Low: a leak becomes likely.',

  // ── Statuses ──────────────────────────────────────────────────────────────────────────────
  'status.seoulGovernment.name': 'Government in Seoul',
  'status.seoulGovernment.conservative': 'Conservative',
  'status.seoulGovernment.interim': 'Acting government',
  'status.seoulGovernment.liberal': 'Liberal (Democratic Party)',
  'status.ukraine.name': 'War in Ukraine',
  'status.ukraine.war': 'War',
  'status.ukraine.ceasefireTalks': 'Ceasefire talks',
  'status.ukraine.settled': 'Settled',
  'status.exercises.name': 'Joint exercises',
  'status.exercises.held': 'Held in full',
  'status.exercises.scaledDown': 'Scaled down',
  'status.exercises.suspended': 'Suspended',
  'status.troops.name': 'US troops in Korea',

  // ── Tracks, positions, deals ──────────────────────────────────────────────────────────────
  'track.negotiation.name': 'US–DPRK talks',
  'track.seoul.name': 'Politics in Seoul',
  'track.ukraine.name': 'Ukraine and Russia',
  'track.cabinet.name': 'Washington’s inner circle',

  'position.none': 'Nothing on the table',
  'position.cvid': 'Full denuclearization (CVID)',
  'position.freeze': 'Freeze for relief',
  'position.recognition': 'Recognition as a nuclear state',
  'position.roadmap': 'Denuclearization roadmap',

  'deal.roadmap': 'Denuclearization roadmap',
  'deal.roadmap.terms': 'Pyongyang dismantles its programme step by step; sanctions are lifted as it goes.',
  'deal.freeze': 'Freeze for sanctions relief',
  'deal.freeze.terms': 'Pyongyang stops testing and building new weapons and keeps what it has; sanctions are eased.',
  'deal.recognition': 'Recognition as a nuclear state',
  'deal.recognition.terms': 'Washington accepts North Korea’s arsenal; arms talks replace disarmament.',

  'winner.liberal': 'the Democratic Party',
  'winner.conservative': 'the conservatives',

  // ── Endings ───────────────────────────────────────────────────────────────────────────────
  'ending.roadmap.title': 'Denuclearization roadmap',
  'ending.roadmap.summary':
    'Pyongyang commits to disarm step by step in return for sanctions relief, the goal every earlier agreement missed. Washington has its legacy deal and Seoul its best outcome; Pyongyang trades part of its arsenal for relief and a new relationship.',
  'ending.roadmap.reality':
    'In reality the Constitutional Court upheld Yoon’s impeachment on 4 April 2025, and Lee Jae-myung of the Democratic Party won the snap election on 3 June 2025. A roadmap is one path from there; the game does not predict it. (Sources: Constitutional Court of Korea; National Election Commission.)',
  'ending.freeze.title': 'Freeze for relief',
  'ending.freeze.summary':
    'North Korea stops testing and building new weapons; sanctions are eased. Washington gets a halt it can verify and can turn to China, Pyongyang keeps the arsenal it has, and Seoul lives next to a frozen but armed neighbour, often with a larger bill.',
  'ending.freeze.reality':
    'In reality the Constitutional Court upheld Yoon’s impeachment on 4 April 2025, and Lee Jae-myung of the Democratic Party won the snap election on 3 June 2025. Whether a freeze will be tried is open; the game explores it, it does not forecast it. (Sources: Constitutional Court of Korea; National Election Commission.)',
  'ending.recognition.title': 'Nuclear state recognized',
  'ending.recognition.summary':
    'Washington formally accepts North Korea as a nuclear state. Pyongyang reaches its main aim, while Seoul faces the deep security dilemma the article warns of and the call for its own bomb grows louder.',
  'ending.recognition.reality':
    'In reality the Constitutional Court upheld Yoon’s impeachment on 4 April 2025, and Lee Jae-myung of the Democratic Party won the snap election on 3 June 2025. The article called recognition extreme but not ruled out; the game shows its cost, not its likelihood. (Sources: Constitutional Court of Korea; National Election Commission.)',
  'ending.collapse.title': 'Talks collapse',
  'ending.collapse.summary':
    'As at Hanoi in 2019, the talks end in a walk-out or a broken deal. Distrust returns and tension rises; Washington has no legacy, Pyongyang no relief, and Seoul is back where it started.',
  'ending.collapse.reality':
    'The real precedent is the Hanoi summit of February 2019, which ended without a deal. Since the article: the Court upheld Yoon’s impeachment on 4 April 2025, and Lee Jae-myung won the snap election on 3 June 2025. (Sources: Constitutional Court of Korea; National Election Commission.)',
  'ending.crisis.title': 'Escalation crisis',
  'ending.crisis.summary':
    'Tests, threats and drills push the peninsula to the brink, as in 2017. Nobody wins: Washington loses its deal, Pyongyang its security and Seoul its calm.',
  'ending.crisis.reality':
    'The real precedent is 2017, when insults and threats came before diplomacy. Since the article: the Court upheld Yoon’s impeachment on 4 April 2025, and Lee Jae-myung won the snap election on 3 June 2025. The game does not predict a crisis. (Sources: Constitutional Court of Korea; National Election Commission.)',
  'ending.rupture.title': 'Alliance rupture',
  'ending.rupture.summary':
    'The alliance breaks: US troops fall below a credible level, or Seoul and Washington fall out. Pyongyang gets what it has long demanded; Seoul is left exposed, as in 1949, and Washington loses its foothold.',
  'ending.rupture.reality':
    'The real precedent is the US withdrawal of 1949, a year before the Korean War. Since the article: the Court upheld Yoon’s impeachment on 4 April 2025, and Lee Jae-myung won the snap election on 3 June 2025. (Sources: Constitutional Court of Korea; National Election Commission.)',
  'ending.statusQuo.title': 'Status quo',
  'ending.statusQuo.summary':
    'Time runs out without a decisive turn. No deal and no war: sanctions, distrust and deterrence stay in place, and each side waits for a better moment.',
  'ending.statusQuo.reality':
    'History also moved on from the article’s moment: the Court upheld Yoon’s impeachment on 4 April 2025, and Lee Jae-myung of the Democratic Party won the snap election on 3 June 2025. The game does not predict what follows. (Sources: Constitutional Court of Korea; National Election Commission.)',

  // ── Objectives and verdicts ───────────────────────────────────────────────────────────────
  'objective.legacyDeal': 'A legacy deal: denuclearization, or at least a verifiable freeze',
  'objective.keepAlliance': 'Keep the alliance with Seoul strong',
  'objective.keepCongress': 'Keep opposition in Congress low',
  'objective.keepHawks': 'Keep the hawks on board',
  'objective.focusOnChina': 'Calm the peninsula to focus on China',
  'objective.sanctionsRelief': 'Win sanctions relief',
  'objective.keepArsenal': 'Keep the arsenal, at least tacitly',
  'objective.normalization': 'Move towards normal relations with the US',
  'objective.regimeSecurity': 'Regime security: keep tension low',
  'objective.alliance': 'Keep the US alliance strong',
  'objective.troops': 'Keep the US troops in Korea',
  'objective.noRecognition': 'No US recognition of a nuclear North',
  'objective.calmPeninsula': 'Calmer inter-Korean relations',
  'objective.bearableBill': 'A bearable cost-sharing bill',

  'verdict.win': 'Win',
  'verdict.draw': 'Draw',
  'verdict.loss': 'Loss',

  // ── Drifts (the world's own movement; used as causes) ─────────────────────────────────────
  'drift.capabilityGrows': 'North Korea’s steady weapons work',
  'drift.secrecyRecovers': 'quiet months restoring secrecy',
  'drift.exercisesSuspended': 'the suspended exercises',
  'drift.warBindsMoscow': 'the war binding Moscow and Pyongyang',
  'drift.peaceLoosensTies': 'peace loosening the ties with Moscow',
  'drift.liberalEngagement': 'a liberal government’s engagement',
  'drift.conservativeFreeze': 'a conservative government’s hard line',
  'drift.impatience': 'the President’s impatience without contact',
  'drift.moscowInCongress': 'Congress’s alarm about Russia',
  'drift.nuclearOpinion': 'public opinion on nuclear weapons',
  'drift.dprkSelfBelief': 'Pyongyang’s self-confidence',
  'drift.distrust': 'the old baseline of distrust',
  'drift.sanctionsRegime': 'sanctions staying in force until a deal lifts them',
  'drift.oppositionSettles': 'opposition returning to its usual level',
  'drift.resolveFades': 'the President’s competing priorities',
  'drift.billNormalizes': 'the bill settling back to the agreed level',
  'drift.detenteNeedsTending': 'inter-Korean ties settling to their usual level',
  'drift.tensionEases': 'tension returning to its usual level',

  // ── Causes ────────────────────────────────────────────────────────────────────────────────
  'cause.hidden': 'a secret move',
  'cause.move': '“{move}” by {seat}',
  'cause.stage': 'reaching “{stage}”',
  'cause.drift': 'the world’s own drift',

  // ── Tags and bots ─────────────────────────────────────────────────────────────────────────
  'tag.engage': 'Engagement',
  'tag.pressure': 'Pressure',
  'tag.deal': 'Deal',
  'tag.alliance': 'Alliance',
  'tag.concede': 'Concession',
  'tag.provoke': 'Provocation',
  'tag.signal': 'Signal',
  'tag.hold': 'Waiting',

  'bot.hawk': 'Hawk',
  'bot.hawk.desc': 'Puts pressure, the alliance and a united cabinet first, and concedes nothing.',
  'bot.dove': 'Dove',
  'bot.dove.desc': 'Seeks trust and calm, engages readily and avoids provocations.',
  'bot.dealmaker': 'Dealmaker',
  'bot.dealmaker.desc': 'Wants a deal that pays off and weighs every step against its cost.',
  'bot.random': 'Random',
  'bot.random.desc': 'Plays any legal move at random; useful for testing.',
  'bot.strategist': 'Strategist',
  'bot.strategist.desc':
    'Hard opponent: keeps to a steady plan, the best answer it knows to the other seats’ bots, and plays its strongest alternatives forward in sampled futures to the end of the game (more futures as the end nears); it leaves the plan only when another move clearly pays more for its side.',

  // ── The article's three conditions ────────────────────────────────────────────────────────
  'condition.determination.name': 'The President’s determination',
  'condition.determination.held': 'The President was determined enough (at least {threshold}) to carry a secret channel.',
  'condition.determination.missing': 'The President’s determination was too weak (below {threshold}) to carry a secret channel.',
  'condition.opposition.name': 'Opposition at home',
  'condition.opposition.held':
    'Opposition at home was strong enough (at least {threshold}) to rule out public talks, so a secret channel was the only way.',
  'condition.opposition.missing':
    'Opposition at home had fallen below {threshold}: talks could be held in the open, and secrecy was no longer needed.',
  'condition.response.name': 'Pyongyang’s response',
  'condition.response.held': 'Pyongyang answered through the channel.',
  'condition.response.missing': 'Pyongyang never answered through the channel.',

  // ── Explanation of an ending ──────────────────────────────────────────────────────────────
  'explain.ended': 'The game ended in {date}, in month {turns}: {ending}.',
  'explain.conditions': '{held} of the article’s three conditions for a backchannel held at the end.',
  'explain.factors': 'What pushed the decisive numbers toward this ending most (background drift left out):',
  'explain.dealBreaks': 'What broke the deal:',
  'explain.dealBreak': '{date}: {what} {odds}',
  'explain.factor': '{indicator} {delta} from {cause}.',
  'explain.turningPoints': 'Turning points:',
  'explain.turningPoint': '{date}: {headline}',
  'explain.noTurningPoints': 'Nothing changed the course of the talks.',
  'explain.seat': '{seat}: {score} of 100 points ({verdict}).',

  // ── Glossary ──────────────────────────────────────────────────────────────────────────────
  'glossary.backchannel.term': 'Backchannel',
  'glossary.backchannel.def':
    'A secret line between governments outside the official channels, often run by a trusted envoy or intelligence officials. Both sides can test ideas without public pressure.',
  'glossary.cvid.term': 'CVID / denuclearization',
  'glossary.cvid.def':
    'Complete, verifiable and irreversible denuclearization: the long-standing US demand that North Korea give up all its nuclear weapons and programmes under inspection.',
  'glossary.freeze.term': 'Freeze',
  'glossary.freeze.def':
    'An agreement to stop where things stand: no new tests, no new weapons, no new material, while the existing arsenal remains. Less than denuclearization, but easier to reach.',
  'glossary.sanctionsRelief.term': 'Sanctions relief',
  'glossary.sanctionsRelief.def':
    'Lifting or easing UN and national sanctions on trade, finance and fuel. It is Pyongyang’s main economic aim and Washington’s main bargaining chip.',
  'glossary.armistice.term': 'Armistice',
  'glossary.armistice.def':
    'The agreement of 27 July 1953 that stopped the fighting in the Korean War. It is a ceasefire, not a peace treaty, so the sides are technically still at war.',
  'glossary.costSharing.term': 'Cost-sharing (Special Measures Agreement)',
  'glossary.costSharing.def':
    'The agreement under which South Korea pays part of the cost of the US troops stationed on its soil. Trump has repeatedly demanded that Seoul pay far more.',
  'glossary.jointExercises.term': 'Joint exercises',
  'glossary.jointExercises.def':
    'Regular drills of South Korean and US forces, such as Freedom Shield in spring and Ulchi Freedom Shield in August. Pyongyang sees them as rehearsals for an invasion; Trump once called them “war games”.',
  'glossary.strategicAssets.term': 'Strategic assets',
  'glossary.strategicAssets.def':
    'Powerful US forces sent to or near the peninsula to show deterrence: long-range bombers, aircraft carriers, nuclear-capable submarines.',
  'glossary.impeachmentRuling.term': 'Impeachment ruling',
  'glossary.impeachmentRuling.def':
    'In South Korea the National Assembly can impeach the president, but only the Constitutional Court can remove him. If it upholds the impeachment, a new president must be elected within 60 days.',

  // ── Briefing cards ────────────────────────────────────────────────────────────────────────
  'briefing.1.title': 'Who decides in Washington',
  'briefing.1.body':
    'Donald Trump begins his second term in January 2025 and wants a legacy. His Secretary of State Marco Rubio and National Security Advisor Mike Waltz have long favoured a hard line on North Korea. The inner circle is unusually loyal, but a clash like Trump’s first-term feud with John Bolton is possible.',
  'briefing.2.title': 'Pyongyang and Seoul',
  'briefing.2.body':
    'Kim Jong Un is more capable and more confident than in 2018, backed by Russia, yet he still calls normalization with the US his most important foreign-policy goal. In Seoul, President Yoon Suk-yeol was impeached after his brief martial law of December 2024; an acting government rules while the Constitutional Court decides.',
  'briefing.3.title': 'The first backchannel',
  'briefing.3.body':
    'In 2018 CIA Director Mike Pompeo travelled secretly to Pyongyang. Three American detainees were freed, and the road opened to the summits of 2018 and 2019 and to an inter-Korean summit in Pyongyang in September 2018. On 30 June 2019 Trump stepped across the line at the DMZ, the first sitting US president on North Korean soil.',
  'briefing.4.title': 'Why secret, and when it works',
  'briefing.4.body':
    'Obama reached the 2015 Iran deal through secret talks because public ones were politically impossible. The article names three conditions for a new backchannel: a determined President, opposition at home strong enough to rule out open talks, and a positive answer from Pyongyang. Korea is harder than Iran: the war ended only in an armistice, and every earlier agreement collapsed.',
  'briefing.5.title': 'What Seoul fears',
  'briefing.5.body':
    'A deal over Seoul’s head could cost it dearly: a bigger bill for the US troops, cancelled joint exercises, a troop withdrawal like that of 1949, and in the worst case US recognition of North Korea as a nuclear state. Already 71% of South Koreans back their own nuclear weapons.',
  'briefing.6.title': 'Russia, Ukraine and China',
  'briefing.6.body':
    'Pyongyang’s partnership with Moscow grew during the war in Ukraine. A settlement under Trump could loosen it and make détente with Washington attractive for Kim. Rumours of a freeze-for-relief deal were about freeing Washington to compete with China; Trump called them fabricated. Since June 2024 a treaty binds Russia and North Korea to mutual defence, and North Korean troops have fought in Russia’s Kursk region since late 2024. (Sources: treaty text published by KCNA, 19 June 2024; South Korea’s National Intelligence Service, October 2024.)',

  // ── Debrief discussion ────────────────────────────────────────────────────────────────────
  'discussion.1':
    'The article treats strong opposition at home as a condition for a backchannel. Why would resistance make secret talks more likely rather than less, and did your game bear that out?',
  'discussion.2':
    'Is a freeze in return for sanctions relief a realistic first step or a reward for nuclear blackmail? Who gained and who lost from it in your game?',
  'discussion.3':
    'Trump publicly denied reports of a softer line. When is it legitimate for a government to say one thing in public while negotiating another in secret?',
  'discussion.4':
    'What should Seoul be willing to pay, in money, exercises or troops, for better relations between Washington and Pyongyang? Where is its red line?',
  'discussion.5':
    'How much did the Ukraine war shape Pyongyang’s choices in your game? Would a settlement really make Kim more open to Washington, as the article suggests?',
  'discussion.6':
    'Every earlier denuclearization agreement collapsed. What would a new deal need to survive its implementation, and what broke deals in your game?',

  // ── Why a bot chose its move (the game log keeps the English) ─────────────────────────────
  'botReason.line': '{seat} ({bot}): {why}',
  'botReason.random': 'picked at random among {among} moves',
  'botReason.raises': 'raises {indicator} ({delta})',
  'botReason.lowers': 'lowers {indicator} ({delta})',
  'botReason.tag': 'fits its line of {line}',
  'botReason.tag.engage': 'engagement',
  'botReason.tag.pressure': 'pressure',
  'botReason.tag.deal': 'deal-making',
  'botReason.tag.alliance': 'alliance solidarity',
  'botReason.tag.concede': 'concessions',
  'botReason.tag.provoke': 'provocation',
  'botReason.tag.signal': 'signalling',
  'botReason.tag.hold': 'patience',
  'botReason.progress': 'moves the talks on while the conditions hold (trust {trust}, determination {determination})',
  'botReason.refused': 'tries although the conditions do not hold yet',
  'botReason.walkOut': 'walks away from the table',
  'botReason.stance.wanted': 'puts “{position}” on the table',
  'botReason.stance.settles': 'settles for “{position}”',
  'botReason.thrift': 'saves political capital',
  'botReason.none': 'the least costly option',
  'botReason.forecast.deal':
    'in {futures} sampled futures, “{move}” led to a deal in {count} (expected score {score}, playing on as a {plan})',
  'botReason.forecast.risk':
    'in {futures} sampled futures, “{move}” risked {ending} in {count} (expected score {score}, playing on as a {plan})',
  'botReason.forecast.open':
    'in {futures} sampled futures, “{move}” kept the game open in all of them (expected score {score}, playing on as a {plan})',
  'botReason.forecast.answers': '{why}; answering a partner’s move: {news}',
  'botReason.ending.roadmap': 'a denuclearization roadmap',
  'botReason.ending.freeze': 'a freeze deal',
  'botReason.ending.recognition': 'recognition',
  'botReason.ending.collapse': 'a collapse of the talks',
  'botReason.ending.crisis': 'a military crisis',
  'botReason.ending.rupture': 'a rupture of the alliance',
  'botReason.ending.statusQuo': 'the status quo',
  'botReason.shapeDeal': 'has its say on the deal being made on the table',
  'botReason.withTable': '{why}; at the table, {table}',
  'botReason.table.accept': 'accepts {seat}’s offer, worth {worth} to it (it settles for {aspiration} now: {strategy})',
  'botReason.table.propose.secret': 'offers {seat} a package in secret, worth {worth} to it (it settles for {aspiration} now: {strategy})',
  'botReason.table.propose.public': 'offers {seat} a package in public, worth {worth} to it (it settles for {aspiration} now: {strategy})',
  'botReason.table.publicLine': 'states a hard public line to {seat}: {asks} demands, nothing given',
  'botReason.table.reject': 'turns down {seat}’s offer, worth {worth} to it',
  'botReason.table.random': 'acts at random',
  'botReason.table.forecast': 'its choice to {kind} did best in {futures} sampled futures (expected score {score})',
  'botReason.tableKind.propose': 'propose',
  'botReason.tableKind.accept': 'accept',
  'botReason.tableKind.reject': 'reject',
  'botReason.strategy.boulware': 'a hard line that concedes late',
  'botReason.strategy.conceder': 'a conceder that gives ground early',
  'botReason.strategy.titForTat': 'it concedes as much as the other side did',
  // ── Scenario version 2 ────────────────────────────────────────────────────────────────────
  'move.us.walkOut.name': 'Walk out of the summit',
  'move.us.walkOut.desc':
    'Leave the table without a deal, as Trump did at Hanoi in February 2019 (“sometimes you have to walk”). The hawks approve; trust and the President’s resolve suffer. A first failure sets the talks back; a second ends them.',
  'move.dprk.returnRemains.name': 'Return US soldiers’ remains',
  'move.dprk.returnRemains.desc':
    'A goodwill gesture like the return of 55 cases of remains in July 2018. (No American was known to be held in 2025, so there are no detainees to release.) Builds trust and softens Congress.',
  'event.leakInterKorean.title': 'Seoul’s secret line to Pyongyang exposed',
  'event.leakInterKorean.body': 'Reports reveal quiet contacts between Seoul and Pyongyang. Washington is irritated that it was not told.',
  'event.leakInterKorean.cause': 'the leak of Seoul’s line to Pyongyang',
  'event.leakMoscow.title': 'Intelligence exposes Pyongyang’s new dealings with Moscow',
  'event.leakMoscow.body':
    'South Korea’s intelligence service makes Pyongyang’s latest deals with Moscow public, as it did with the troop deployments in October 2024. Congress calls for pressure.',
  'event.leakMoscow.cause': 'the exposure of the Moscow dealings',
  'event.leakConsultation.title': 'Seoul’s consultations with Washington become public',
  'event.leakConsultation.body': 'It emerges that Seoul has been quietly shaping Washington’s terms. Pyongyang takes note.',
  'event.leakConsultation.cause': 'the leak of Seoul’s consultations',
  'event.troopReview.title': 'Washington reviews its troops in Korea',
  'event.troopReview.body':
    'After Seoul’s refusal to pay more, the White House orders a review of the US forces in Korea and announces a first cut.',
  'event.troopReview.cause': 'the troop review after Seoul’s refusal',
  'event.kurskFront.title': 'North Korean troops fight on Russia’s Kursk front',
  'event.kurskFront.body':
    'More North Korean soldiers fight for Russia in the Kursk region, gaining combat experience and Moscow’s gratitude.',
  'event.kurskFront.cause': 'the fighting in Kursk',
  'event.russiaTreaty.title': 'Starting fact: the Russia–North Korea treaty is in force',
  'event.russiaTreaty.body':
    'The Comprehensive Strategic Partnership Treaty, signed in Pyongyang on 19 June 2024 and in force since 4 December 2024, obliges each side to military assistance if the other is attacked. A peace in Ukraine can loosen the ties; the treaty stays.',
  'event.russiaTreaty.cause': 'the Russia–North Korea treaty',
  'event.kurskDeployment.title': 'Starting fact: North Korean troops in Kursk',
  'event.kurskDeployment.body':
    'Since late 2024 some 11,000 North Korean soldiers have been deployed to Russia’s Kursk region (South Korea’s intelligence service, the US Department of Defense).',
  'event.kurskDeployment.cause': 'the deployment to Kursk',
  'drift.talksBuildTrust': 'months of quiet talks',
  'drift.nuclearStrain': 'Seoul’s own-bomb debate straining the alliance',
  'objective.nuclearRestraint': 'Keep the nuclear debate in check',
  'note.hanoiSetback': 'The talks are set back: no new envoy for {months} months.',
  'note.hanoiSetback.cause': 'the setback after the failed talks',
  'note.hanoiSetback.hint':
    'As after Hanoi in 2019, a first failure is not the end: trust and resolve fall, and after a cool-down a new envoy may try. A second failure ends the talks.',
  'note.dealBroken.test': 'The deal broke: a missile test during implementation.',
  'note.dealBroken.sabotage': 'The deal broke: spoilers in Washington (hawks or Congress) wrecked it.',
  'note.dealBroken.trust': 'The deal broke: trust fell too low to carry it out.',
  'note.dealBroken.tension': 'The deal broke: tension on the peninsula ran too high.',
  'note.dealBroken.test.hint': 'Each month of implementation the spoilers had a {chance}% chance.',
  'note.dealBroken.sabotage.hint': 'This month the spoilers had a {chance}% chance; it grows with opposition and a divided cabinet.',
  'note.dealBroken.trust.hint': 'A deal needs trust to be implemented; the spoilers had a {chance}% chance as well.',
  'note.dealBroken.tension.hint': 'At such tension no deal holds; the spoilers had a {chance}% chance as well.',
  // ── Scenario version 5: Seoul's line meets its partners' ─────────────────────────────────────
  'event.breakRanks.title': 'Washington: Seoul breaks ranks',
  'event.breakRanks.body':
    'Seoul courts Pyongyang in public while Washington tightens the sanctions. The White House asks whose side its ally is on, the alliance cools, and Washington names a higher price for its troops.',
  'event.breakRanks.cause': 'Seoul’s engagement against Washington’s sanctions',
  'event.jointFront.title': 'Washington and Seoul show a joint front',
  'event.jointFront.body':
    'Seoul’s hard line stands beside Washington’s new sanctions. The allies speak with one voice, and the alliance grows closer.',
  'event.jointFront.cause': 'the joint front with Washington’s sanctions',
  'event.overtureSnubbed.title': 'Pyongyang’s overture snubbed',
  'event.overtureSnubbed.body':
    'Seoul answers Pyongyang’s outstretched hand with the hard line. The North calls the South hostile; the hotlines go silent and tension rises.',
  'event.overtureSnubbed.cause': 'Seoul’s snub of Pyongyang’s overture',
  'event.thaw.title': 'A thaw on the peninsula',
  'event.thaw.body':
    'Seoul takes up Pyongyang’s overture, as it did before the 2018 Olympics. Liaison offices reopen and the border grows calmer.',
  'event.thaw.cause': 'the thaw after Pyongyang’s overture',
  // ── Scenario version 6: Washington's line meets Pyongyang's ──────────────────────────────────
  'event.exercisesPaused.title': 'Drills paused for the overture',
  'event.exercisesPaused.body':
    'Washington answers Pyongyang’s overture to Seoul by pausing the joint exercises, as the allies did before the 2018 Olympics. Seoul, courted by the same overture, welcomes the pause, and the peninsula grows calmer.',
  'event.exercisesPaused.cause': 'the pause answering Pyongyang’s overture',
  'event.testRewarded.title': 'A test rewarded, say the hawks',
  'event.testRewarded.body':
    'Washington suspends the exercises weeks after a North Korean missile test. Congress and the President’s own hawks call it a reward for the test, and Pyongyang reads it as proof that testing pays.',
  'event.testRewarded.cause': 'the pause right after a missile test',
  'event.showOfForce.title': 'Bombers answer the test',
  'event.showOfForce.body':
    'US strategic bombers fly over the peninsula with South Korean fighters days after the test. Seoul is reassured, Congress applauds, and Pyongyang sees the allies stand together.',
  'event.showOfForce.cause': 'the show of force after the test',
  'event.overtureChilled.title': 'Bombers chill the overture',
  'event.overtureChilled.body':
    'US bombers arrive while Pyongyang courts Seoul. The North calls the allies’ pressure the answer to its outstretched hand; the inter-Korean contacts cool and tension rises.',
  'event.overtureChilled.cause': 'the bombers answering Pyongyang’s overture',
};
