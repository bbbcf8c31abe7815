/**
 * Deutsche Texte des Spielmodells. Die Schlüssel müssen mit `en.ts` und `ko.ts` übereinstimmen
 * (tests/i18n prüft das); Platzhalter in geschweiften Klammern füllt `t()`.
 */
export const game: Record<string, string> = {
  // ── Sitze und Akteure ─────────────────────────────────────────────────────────────────────
  'seat.us': 'Washington',
  'seat.us.long': 'Vereinigte Staaten',
  'seat.dprk': 'Pjöngjang',
  'seat.dprk.long': 'Nordkorea (DVRK)',
  'seat.rok': 'Seoul',
  'seat.rok.long': 'Südkorea (Republik Korea)',

  'actor.washington': 'Weißes Haus',
  'actor.congress': 'US-Kongress',
  'actor.pyongyang': 'Pjöngjang',
  'actor.seoul': 'Seoul',
  'actor.court': 'Verfassungsgericht',
  'actor.voters': 'Südkoreas Wählerschaft',
  'actor.beijing': 'Peking',
  'actor.moscow': 'Moskau',
  'actor.press': 'Die Presse',
  'actor.calendar': 'Der Kalender',

  // ── Züge Washingtons ──────────────────────────────────────────────────────────────────────
  'move.us.sendEnvoy.name': 'Geheimen Gesandten schicken',
  'move.us.sendEnvoy.desc':
    'Ein Vertrauter reist unbemerkt nach Pjöngjang, so wie CIA-Direktor Mike Pompeo 2018. Der Kanal kommt nur zustande, wenn der Präsident entschlossen genug ist, ihn zu tragen.',
  'move.us.offerPublicTalks.name': 'Offene Gespräche anbieten',
  'move.us.offerPublicTalks.desc':
    'Verhandlungen vor aller Augen vorschlagen. Solange der Widerstand im eigenen Land groß ist, ruft das nur die Kritiker auf den Plan – genau deshalb erwartet der Artikel Geheimgespräche, wie vor dem Iran-Abkommen von 2015.',
  'move.us.offerFreeze.name': 'Einfrieren gegen Lockerung',
  'move.us.offerFreeze.desc':
    'Den gemunkelten Kurswechsel im Stillen anbieten: Pjöngjang stoppt sein Programm und baut keine neuen Waffen, dafür gibt es Sanktionserleichterungen und vielleicht Hilfe. Das Vertrauen wächst, die Falken murren. Solange die Falken den inneren Kreis halten, kostet es mehr politisches Kapital.',
  'move.us.demandCVID.name': 'Volle Denuklearisierung fordern',
  'move.us.demandCVID.desc':
    'Öffentlich auf vollständiger, überprüfbarer und unumkehrbarer Abrüstung bestehen. Falken und Kongress klatschen Beifall, doch Pjöngjang hört eine Forderung, an der jedes frühere Abkommen gescheitert ist.',
  'move.us.denyReports.name': 'Berichte dementieren',
  'move.us.denyReports.desc':
    'Meldungen über einen weicheren Kurs als erfunden abtun, wie Trump es auf Truth Social tat. Öffentliches Wort und geheime Position gehen auseinander: Der Kanal ist wieder besser getarnt, die Kritiker beruhigen sich, das Vertrauen leidet ein wenig.',
  'move.us.proposeFormalTalks.name': 'Formelle Gespräche vorschlagen',
  'move.us.proposeFormalTalks.desc':
    'Aus den stillen Gesprächen förmliche, öffentliche Verhandlungen machen. Das gelingt erst, wenn genug Vertrauen gewachsen ist – und Kongress wie Falken schauen dann genau hin.',
  'move.us.proposeSummit.name': 'Gipfeltreffen vorschlagen',
  'move.us.proposeSummit.desc':
    'Kim Jong Un zu einem persönlichen Treffen mit dem Präsidenten einladen, wie 2018 und 2019. Dafür braucht es festes Vertrauen und einen entschlossenen Präsidenten – und alle Kritiker schauen hin.',
  'move.us.suspendExercises.name': 'Manöver zurückfahren',
  'move.us.suspendExercises.desc':
    'Die gemeinsamen Übungen mit Südkorea um eine Stufe reduzieren. Trump nannte sie einst „Kriegsspiele“; Pjöngjang freut sich, Seoul fühlt sich schutzlos, und das Bündnis leidet.',
  'move.us.resumeExercises.name': 'Manöver wieder aufnehmen',
  'move.us.resumeExercises.desc':
    'Die Übungen um eine Stufe zurückholen. Abschreckung und Bündnis erholen sich, Pjöngjang sieht darin eine Provokation.',
  'move.us.demandCostSharing.name': 'Höhere Kostenbeteiligung fordern',
  'move.us.demandCostSharing.desc':
    'Von Seoul nach dem Sondermaßnahmenabkommen mehr Geld für die US-Truppen verlangen. Je besser die innerkoreanischen Beziehungen aussehen, desto höher fällt die Forderung aus.',
  'move.us.discussTroopCut.name': 'Truppenabbau ins Spiel bringen',
  'move.us.discussTroopCut.desc':
    'Sobald der Streit um die Kosten läuft, eine Verkleinerung der US-Truppen in Korea auf den Tisch legen. Pjöngjang begrüßt das; Seoul erinnert sich, dass dem Abzug von 1949 der Koreakrieg folgte.',
  'move.us.recognizeNuclearStatus.name': 'Atommacht anerkennen',
  'move.us.recognizeNuclearStatus.desc':
    'Nordkorea offiziell als Atomstaat akzeptieren, um Rüstungsgespräche zu erleichtern: der schlimmste Fall für Seoul, extrem, aber nicht ausgeschlossen. Nur ein sehr entschlossener Präsident wagt das, und nur einmal. Nach den aktuellen Regeln nur auf einem Gipfel, und teurer, solange die Falken den inneren Kreis halten.',
  'move.us.pushUkraineSettlement.name': 'Frieden in der Ukraine forcieren',
  'move.us.pushUkraineSettlement.desc':
    'Moskau und Kiew zu einem Kriegsende drängen. Frieden in der Ukraine würde Pjöngjangs Partnerschaft mit Russland ins Wanken bringen.',
  'move.us.tightenSanctions.name': 'Sanktionen verschärfen',
  'move.us.tightenSanctions.desc':
    'Eigene Sanktionen nachlegen, wie es der Kongress verlangt. Der Druck auf Pjöngjang steigt und die Falken sind zufrieden, aber das Vertrauen sinkt und die Spannung wächst. Binnen weniger Monate wiederholt, wirkt es schwächer und kostet mehr.',
  'move.us.deployStrategicAssets.name': 'Strategische Kräfte verlegen',
  'move.us.deployStrategicAssets.desc':
    'Bomber, einen Flugzeugträgerverband oder ein Raketen-U-Boot auf die Halbinsel schicken. Seoul fühlt sich geschützt, und der Ruf nach einer eigenen Bombe wird leiser; Pjöngjang fühlt sich bedroht.',
  'move.us.hold.name': 'Abwarten und Kraft sammeln',
  'move.us.hold.desc': 'Diesen Monat nichts Neues anstoßen. Washington gewinnt etwas politisches Kapital für später zurück.',

  // ── Züge Pjöngjangs ───────────────────────────────────────────────────────────────────────
  'move.dprk.respondChannel.name': 'Über den Kanal antworten',
  'move.dprk.respondChannel.desc':
    'Dem Gesandten im Stillen antworten. Eine positive Antwort ist die dritte Bedingung des Artikels; sie öffnet Gespräche nur, wenn etwas Vertrauen da ist und Pjöngjang nicht allzu selbstsicher auftritt.',
  'move.dprk.releaseDetainees.name': 'Inhaftierte freilassen',
  'move.dprk.releaseDetainees.desc':
    'Amerikanische Gefangene als Zeichen guten Willens freilassen, wie 2018. Vertrauen und Entschlossenheit des Präsidenten steigen, die Kritiker in Washington werden leiser. Nur einmal pro Partie.',
  'move.dprk.testMissile.name': 'Rakete testen',
  'move.dprk.testMissile.desc':
    'Mit einem Start Stärke zeigen. Fähigkeiten und Selbstbewusstsein wachsen, aber auch die Spannung und der Widerstand in Washington – und ein Test während der Umsetzung bricht jedes Abkommen.',
  'move.dprk.freezeTesting.name': 'Teststopp anbieten',
  'move.dprk.freezeTesting.desc':
    'Im Stillen anbieten, auf Tests und neue Waffen zu verzichten. Das ist Pjöngjangs Hälfte eines Tauschs „Einfrieren gegen Lockerung“.',
  'move.dprk.offerRoadmap.name': 'Abrüstungsfahrplan anbieten',
  'move.dprk.offerRoadmap.desc':
    'Sich im Geheimen zu schrittweiser Denuklearisierung verpflichten. Pjöngjang erwägt das nur, wenn die Sanktionen schmerzen, echtes Vertrauen besteht und das eigene Selbstbewusstsein gesunken ist.',
  'move.dprk.demandRecognition.name': 'Anerkennung fordern',
  'move.dprk.demandRecognition.desc':
    'Darauf bestehen, dass Washington Nordkorea als Atomstaat akzeptiert. Das passt zu Pjöngjangs Ziel, sein Arsenal zu behalten, und vertieft Seouls Ängste.',
  'move.dprk.demandTroopWithdrawal.name': 'Abzug der US-Truppen fordern',
  'move.dprk.demandTroopWithdrawal.desc':
    'Den Abzug der US-Streitkräfte aus dem Süden verlangen. Am Verhandlungstisch treibt das einen Keil zwischen die Verbündeten, anderswo erhöht es nur die Spannung.',
  'move.dprk.deepenRussiaTies.name': 'Bande mit Russland vertiefen',
  'move.dprk.deepenRussiaTies.desc':
    'Die Kriegspartnerschaft mit Moskau heimlich ausbauen. Solange der Ukrainekrieg dauert, bringt das Selbstvertrauen, Technik und Wege an den Sanktionen vorbei.',
  'move.dprk.reachOutToSeoul.name': 'Seoul die Hand reichen',
  'move.dprk.reachOutToSeoul.desc':
    'Dem Süden eine freundliche Geste machen. Eine linksliberale Regierung antwortet herzlich, eine konservative kühl.',
  'move.dprk.walkOut.name': 'Verhandlungen verlassen',
  'move.dprk.walkOut.desc':
    'Vom Tisch aufstehen, wie Pjöngjangs Unterhändler bei den Stockholmer Gesprächen im Oktober 2019. Vor einem Gipfel verstummt der Kanal, auf dem Gipfel scheitern die Gespräche endgültig. Nach den aktuellen Regeln wirft ein erster gescheiterter Gipfel die Gespräche zurück; ein zweiter beendet sie.',
  'move.dprk.hold.name': 'Abwarten und Kraft sammeln',
  'move.dprk.hold.desc': 'Diesen Monat nichts Neues anstoßen. Pjöngjang gewinnt etwas politisches Kapital für später zurück.',

  // ── Züge Seouls ───────────────────────────────────────────────────────────────────────────
  'move.rok.backEngagement.name': 'Annäherung unterstützen',
  'move.rok.backEngagement.desc':
    'Gespräche zwischen Washington und Pjöngjang öffentlich befürworten. Eine linksliberale Regierung kann ihnen mehr Gewicht geben, wie einst Kim Dae-jung, Roh Moo-hyun und Moon Jae-in.',
  'move.rok.holdHardLine.name': 'Harte Linie halten',
  'move.rok.holdHardLine.desc':
    'Bei Abschreckung zuerst und keinen Gefälligkeiten für den Norden bleiben. Das Bündnis wird fester, die innerkoreanischen Beziehungen frieren weiter ein.',
  'move.rok.payMore.name': 'Mehr zahlen',
  'move.rok.payMore.desc':
    'Nach dem Sondermaßnahmenabkommen eine höhere Rechnung für die US-Truppen akzeptieren. Das Bündnis ist beruhigt, der Haushalt nicht.',
  'move.rok.refuseToPay.name': 'Mehrzahlung ablehnen',
  'move.rok.refuseToPay.desc':
    'Washingtons Forderung nach mehr Geld zurückweisen. Die Rechnung bleibt tragbar, aber das Bündnis bekommt einen Kratzer.',
  'move.rok.interKoreanOutreach.name': 'Geheime Kontakte zum Norden',
  'move.rok.interKoreanOutreach.desc':
    'Einen eigenen stillen Draht nach Pjöngjang legen. Unter einer linksliberalen Regierung klappt das weit besser als unter einer konservativen.',
  'move.rok.mediate.name': 'Zwischen beiden vermitteln',
  'move.rok.mediate.desc':
    'Botschaften zwischen Washington und Pjöngjang überbringen, wie Moon Jae-in 2018. Diese Rolle kann nur eine linksliberale Regierung spielen.',
  'move.rok.debateNukes.name': 'Eigene Atomwaffen debattieren',
  'move.rok.debateNukes.desc':
    'Der Debatte über eine südkoreanische Bombe freien Lauf lassen. Das zeigt Washington, dass es einen Preis hat, Seoul allein zu lassen, und belastet das Bündnis.',
  'move.rok.urgeExercises.name': 'Auf Manöver drängen',
  'move.rok.urgeExercises.desc': 'Washington bedrängen, die zurückgefahrenen Übungen wieder aufzunehmen. Ohne sie ist Seoul verwundbar.',
  'move.rok.consultWashington.name': 'Washington vertraulich beraten',
  'move.rok.consultWashington.desc':
    'Hinter verschlossenen Türen sicherstellen, dass kein Abkommen über Seouls Kopf hinweg geschlossen wird. Das stärkt das Bündnis und erhöht die Rechnung ein wenig. Wurde Seoul konsultiert, kostet es ein Abkommen weniger; sonst sind Anerkennung oder Bruch eine Niederlage für Seoul.',
  'move.rok.hold.name': 'Abwarten und Kraft sammeln',
  'move.rok.hold.desc': 'Diesen Monat nichts Neues anstoßen. Seoul gewinnt etwas politisches Kapital für später zurück.',

  'move.hidden.name': 'Geheimer Zug',

  // ── Ereignisse ────────────────────────────────────────────────────────────────────────────
  'event.courtRuling.title': 'Verfassungsgericht entscheidet über Yoons Amtsenthebung',
  'event.courtRuling.body':
    'Die Richter haben darüber befunden, ob Präsident Yoon Suk-yeol wegen seiner kurzlebigen Ausrufung des Kriegsrechts sein Amt verliert.',
  'event.courtRuling.outcome.upheld': 'Gericht bestätigt Amtsenthebung: Neuwahl binnen 60 Tagen',
  'event.courtRuling.outcome.dismissed': 'Gericht weist Amtsenthebung ab: Yoon kehrt ins Amt zurück',
  'event.courtRuling.cause': 'das Urteil des Verfassungsgerichts',
  'event.snapElection.title': 'Südkorea wählt einen neuen Präsidenten',
  'event.snapElection.body': 'Die Wähler haben innerhalb der von der Verfassung gesetzten 60 Tage einen Nachfolger bestimmt.',
  'event.snapElection.outcome.liberal': 'Kandidat der Demokratischen Partei gewinnt die Neuwahl',
  'event.snapElection.outcome.conservative': 'Konservativer Kandidat gewinnt die Neuwahl',
  'event.snapElection.cause': 'die vorgezogene Präsidentenwahl',
  'event.exerciseSeason.title': 'Manöverzeit auf der Halbinsel',
  'event.exerciseSeason.body':
    'Im Frühjahr und im August üben die Verbündeten gewöhnlich gemeinsam. Volle Manöver heizen die Lage an, verkleinerte weniger, und abgesagte machen Seoul nervös.',
  'event.exerciseSeason.cause': 'die Manöversaison',
  'event.summitPhotoOp.title': 'Händedruck für die Kameras',
  'event.summitPhotoOp.body':
    'Die beiden Staatschefs posieren Seite an Seite, ganz wie Trump und Kim am 30. Juni 2019 an der DMZ. Der Präsident ist begeistert, seine Kritiker sind es nicht.',
  'event.summitPhotoOp.cause': 'der Fototermin beim Gipfel',
  'event.leak.title': 'Geheimkanal zwischen USA und Nordkorea enttarnt',
  'event.leak.body': 'Journalisten haben die stillen Kontakte aufgedeckt. Kritiker im Kongress schlagen zu, die Falken gehen auf Abstand.',
  'event.leak.cause': 'das Auffliegen des Geheimkanals',
  'event.congressSanctionsPush.title': 'Kongress drängt auf neue Sanktionen gegen Pjöngjang',
  'event.congressSanctionsPush.body':
    'Abgeordnete beider Parteien fordern mehr Druck und verweisen auf Nordkoreas Partnerschaft mit Russland.',
  'event.congressSanctionsPush.cause': 'der Sanktionsvorstoß im Kongress',
  'event.hawksClash.title': 'Falken im Streit mit dem Präsidenten über Nordkorea',
  'event.hawksClash.body':
    'Hardliner im engsten Kreis stemmen sich gegen den Wunsch des Präsidenten nach einem Deal, ähnlich wie John Bolton in der ersten Amtszeit.',
  'event.hawksClash.cause': 'der Streit der Falken mit dem Präsidenten',
  'event.hawkResigns.title': 'Ein führender Falke verlässt die Regierung',
  'event.hawkResigns.body':
    'Nach wochenlangem Gerangel tritt einer der Hardliner zurück oder wird kaltgestellt, wie Bolton im September 2019. Der Präsident hat freiere Hand, der Kongress wird misstrauisch.',
  'event.hawkResigns.cause': 'der Abgang eines Falken',
  'event.cabinetCloseRanks.title': 'Weißes Haus schließt die Reihen',
  'event.cabinetCloseRanks.body': 'Der Streit ist beigelegt: Vorerst siegt die Loyalität zum Präsidenten.',
  'event.cabinetCloseRanks.cause': 'der Schulterschluss im Kabinett',
  'event.ukraineCeasefireTalks.title': 'Waffenstillstandsgespräche zur Ukraine beginnen',
  'event.ukraineCeasefireTalks.body':
    'Moskau lässt sich auf Verhandlungen über ein Ende der Kämpfe ein. Gelingen sie, könnte Pjöngjangs Partnerschaft mit Russland ihren Zweck verlieren.',
  'event.ukraineCeasefireTalks.cause': 'die Waffenstillstandsgespräche zur Ukraine',
  'event.ukraineSettlement.title': 'Abkommen beendet den Krieg in der Ukraine',
  'event.ukraineSettlement.body':
    'Russland ist weniger auf Pjöngjangs Hilfe angewiesen. Laut dem Artikel wäre Entspannung mit Washington dann für Kim der kluge Weg.',
  'event.ukraineSettlement.cause': 'die Friedensregelung für die Ukraine',
  'event.ukraineTalksStall.title': 'Ukraine-Gespräche gescheitert, die Kämpfe gehen weiter',
  'event.ukraineTalksStall.body':
    'Die Waffenstillstandsgespräche sind abgebrochen. Der Krieg dauert an – und mit ihm das Bündnis zwischen Moskau und Pjöngjang.',
  'event.ukraineTalksStall.cause': 'das Scheitern der Ukraine-Gespräche',
  'event.russiaArmsDeal.title': 'Neuer Rüstungsdeal zwischen Moskau und Pjöngjang',
  'event.russiaArmsDeal.body':
    'Russland vergilt Nordkoreas Kriegshilfe mit Geld, Treibstoff und militärischem Know-how. Pjöngjang wird stärker und forscher, die Sanktionen verlieren an Wirkung.',
  'event.russiaArmsDeal.cause': 'der russische Rüstungsdeal',
  'event.satelliteLaunch.title': 'Nordkorea startet einen Spionagesatelliten',
  'event.satelliteLaunch.body':
    'Pjöngjang bringt einen weiteren Aufklärungssatelliten in die Umlaufbahn, wie erstmals im November 2023. Die Spannung steigt.',
  'event.satelliteLaunch.cause': 'der Satellitenstart',
  'event.chinaPressure.title': 'Peking setzt Pjöngjang unter Druck',
  'event.chinaPressure.body':
    'China will Ruhe an seiner Grenze und bedeutet Kim diskret, die Lage zu entschärfen. Pjöngjang wirkt etwas weniger selbstsicher.',
  'event.chinaPressure.cause': 'der Druck aus Peking',
  'event.chinaEasesEnforcement.title': 'China lockert die Durchsetzung der Sanktionen',
  'event.chinaEasesEnforcement.body':
    'Der Handel über die chinesische Grenze zieht wieder an. Peking erinnert Washington daran, dass ihre Rivalität auf der Halbinsel einen Preis hat.',
  'event.chinaEasesEnforcement.cause': 'Chinas laxe Sanktionspraxis',
  'event.nuclearDebateSurge.title': 'Südkoreaner fordern eine eigene Bombe',
  'event.nuclearDebateSurge.body':
    'Bei hoher Spannung wollen mehr Südkoreaner eigene Atomwaffen, und weniger vertrauen dem amerikanischen Schutzschirm.',
  'event.nuclearDebateSurge.cause': 'die aufflammende Atomwaffendebatte',
  'event.costSharingTalks.title': 'Washington eröffnet den Kostenstreit neu',
  'event.costSharingTalks.body':
    'Während verhandelt wird, fragt die Regierung, warum Seoul nicht mehr für die US-Truppen zahlt. Das Sondermaßnahmenabkommen liegt wieder auf dem Tisch.',
  'event.costSharingTalks.cause': 'der Streit um die Stationierungskosten',
  'event.insultsAndThreats.title': 'Wieder fliegen Beleidigungen und Drohungen',
  'event.insultsAndThreats.body':
    'Wie 2017 überziehen sich die beiden Staatschefs öffentlich mit Drohungen. Die Spannung steigt, die Lust des Präsidenten auf einen Deal kühlt ab.',
  'event.insultsAndThreats.cause': 'der Schlagabtausch mit Drohungen',
  'event.kimLetter.title': 'Ein persönlicher Brief von Kim',
  'event.kimLetter.body': 'Kim schreibt dem Präsidenten direkt, wie schon 2018 und 2019. Trumps Glaube an ihre besondere Beziehung wächst.',
  'event.kimLetter.cause': 'Kims Brief',

  // ── Phasen ────────────────────────────────────────────────────────────────────────────────
  'stage.negotiation.noContact.name': 'Kein Kontakt',
  'stage.negotiation.noContact.news': 'Die Leitung nach Pjöngjang ist tot',
  'stage.negotiation.noContact.desc':
    'Zwischen Washington und Pjöngjang gibt es keinen funktionierenden Kanal. Alles, was auf dem Tisch lag, ist zurückgezogen.',
  'stage.negotiation.secretEnvoy.name': 'Geheimer Gesandter',
  'stage.negotiation.secretEnvoy.news': 'Ein US-Gesandter reist heimlich nach Pjöngjang',
  'stage.negotiation.secretEnvoy.desc': 'Ein geheimer Abgesandter hat Kontakt aufgenommen. Jetzt muss Pjöngjang antworten.',
  'stage.negotiation.exploratory.name': 'Sondierungsgespräche',
  'stage.negotiation.exploratory.news': 'Sondierungsgespräche hinter verschlossenen Türen beginnen',
  'stage.negotiation.exploratory.desc': 'Beide Seiten prüfen abseits der Öffentlichkeit, ob die andere zu echten Verhandlungen bereit ist.',
  'stage.negotiation.formal.name': 'Formelle Verhandlungen',
  'stage.negotiation.formal.news': 'Washington und Pjöngjang nehmen formelle Verhandlungen auf',
  'stage.negotiation.formal.desc': 'Die Unterhändler treffen sich offiziell. Falken und Kongress verfolgen nun jeden Schritt.',
  'stage.negotiation.summit.name': 'Gipfeltreffen',
  'stage.negotiation.summit.news': 'Trump und Kim treffen sich zum Gipfel',
  'stage.negotiation.summit.desc': 'Die Staatschefs treffen sich. Was herauskommt, hängt davon ab, was beide auf den Tisch gelegt haben.',
  'stage.negotiation.agreement.name': 'Abkommen',
  'stage.negotiation.agreement.news': 'Gipfel endet mit einem Abkommen: {deal}',
  'stage.negotiation.agreement.desc': 'Ein Abkommen ist unterzeichnet. Jetzt muss es umgesetzt werden.',
  'stage.negotiation.implementation.name': 'Umsetzung',
  'stage.negotiation.implementation.news': 'Die Umsetzung des Abkommens beginnt',
  'stage.negotiation.implementation.desc':
    'Beide Seiten erfüllen ihren Teil. Ein Raketentest, Sabotage im eigenen Land, schwindendes Vertrauen oder wachsende Spannung können es noch zu Fall bringen.',
  'stage.negotiation.collapsed.name': 'Scheitern',
  'stage.negotiation.collapsed.news': 'Die Diplomatie scheitert – wie in Hanoi',
  'stage.negotiation.collapsed.desc': 'Die Gespräche sind endgültig gescheitert. Misstrauen und Spannung kehren zurück.',

  'stage.seoul.yoon.name': 'Yoon wieder im Amt',
  'stage.seoul.yoon.news': 'Yoon Suk-yeol kehrt ins Amt zurück',
  'stage.seoul.yoon.desc':
    'Das Gericht hat die Amtsenthebung abgewiesen. Eine konservative Regierung mit harter Linie gegenüber dem Norden ist zurück.',
  'stage.seoul.trial.name': 'Amtsenthebungsverfahren',
  'stage.seoul.trial.news': 'Verfassungsgericht verhandelt über Yoons Amtsenthebung',
  'stage.seoul.trial.desc':
    'Die Nationalversammlung hat Yoon wegen des kurzen Kriegsrechts seines Amtes enthoben. Eine geschäftsführende Regierung amtiert, solange das Gericht berät.',
  'stage.seoul.snapElection.name': 'Vorgezogene Wahl',
  'stage.seoul.snapElection.news': 'Südkorea steuert auf eine vorgezogene Wahl zu',
  'stage.seoul.snapElection.desc': 'Yoon ist abgesetzt. Binnen 60 Tagen muss ein neuer Präsident gewählt werden.',
  'stage.seoul.newGovernment.name': 'Neue Regierung',
  'stage.seoul.newGovernment.news': 'Neue Regierung in Seoul – Wahlsieger: {winner}',
  'stage.seoul.newGovernment.desc':
    'Der Wahlsieger bestimmt Seouls Kurs: Ein linksliberaler Präsident setzt auf Annäherung, ein konservativer bleibt hart.',

  'stage.ukraine.war.name': 'Krieg',
  'stage.ukraine.war.news': 'In der Ukraine wird wieder gekämpft',
  'stage.ukraine.war.desc': 'Der Krieg in der Ukraine hält Moskau und Pjöngjang eng beieinander.',
  'stage.ukraine.ceasefireTalks.name': 'Waffenstillstandsgespräche',
  'stage.ukraine.ceasefireTalks.news': 'Russland und die Ukraine verhandeln über eine Waffenruhe',
  'stage.ukraine.ceasefireTalks.desc': 'Moskau und Kiew verhandeln. Pjöngjang fragt sich, wie lange Russland es noch braucht.',
  'stage.ukraine.settled.name': 'Friedensregelung',
  'stage.ukraine.settled.news': 'Der Krieg in der Ukraine endet mit einer Friedensregelung',
  'stage.ukraine.settled.desc':
    'Mit Frieden in der Ukraine lockert sich die Partnerschaft mit Russland, und Entspannung mit Washington erscheint Kim klüger.',

  'stage.cabinet.loyal.name': 'Loyaler Kreis',
  'stage.cabinet.loyal.news': 'Der engste Kreis stellt sich geschlossen hinter den Präsidenten',
  'stage.cabinet.loyal.desc': 'Ein ungewöhnlich loyales Team steht hinter dem Präsidenten, die Falken eingeschlossen.',
  'stage.cabinet.clash.name': 'Streit mit den Falken',
  'stage.cabinet.clash.news': 'Offener Bruch zwischen dem Präsidenten und seinen Falken',
  'stage.cabinet.clash.desc': 'Die Hardliner wehren sich gegen einen weicheren Kurs, wie Bolton in der ersten Amtszeit.',
  'stage.cabinet.hawkOut.name': 'Ein Falke ist weg',
  'stage.cabinet.hawkOut.news': 'Ein Falke geht – der Präsident hat freiere Hand',
  'stage.cabinet.hawkOut.desc':
    'Einer der Hardliner hat das Feld geräumt. Der engste Kreis ist wieder geeint, doch der Kongress ist wachsamer.',

  'signal.channel.envoy': 'Der Präsident hat einen geheimen Gesandten geschickt und war entschlossen genug, ihn zu stützen.',
  'signal.channel.public': 'Washington hat öffentlich Gespräche angeboten.',
  'signal.channel.response': 'Pjöngjang hat über den Kanal geantwortet.',
  'signal.channel.exposed': 'Nach dem Leck war der Widerstand im eigenen Land zu groß, als dass der Kanal hätte überleben können.',
  'signal.channel.stale': 'Der Gesandte hat zu lange auf eine Antwort gewartet.',
  'signal.talks.upgrade': 'Washington hat formelle Gespräche vorgeschlagen, und das Vertrauen reichte dafür.',
  'signal.talks.summit': 'Washington hat einen Gipfel vorgeschlagen, und sowohl Vertrauen als auch Entschlossenheit reichten dafür.',
  'signal.talks.deal': 'Was beide Seiten auf den Tisch gelegt hatten, passte zusammen.',
  'signal.talks.vague': 'Der Gipfel endete mit einer vagen Erklärung ohne Abkommen; die Unterhändler übernehmen wieder.',
  'signal.talks.walkOut': 'Die Gespräche endeten damit, dass eine Seite den Tisch verließ.',
  'signal.talks.breakdown': 'Das Vertrauen sank so tief, dass die Gespräche nicht weitergehen konnten.',
  'signal.deal.step': 'Die Unterschriften sind geleistet, nun muss das Abkommen umgesetzt werden.',
  'signal.deal.broken':
    'Das Abkommen ist gebrochen: durch einen Raketentest, Sabotage im eigenen Land, zu wenig Vertrauen oder zu viel Spannung.',
  'signal.deal.done': 'Das Abkommen hat die Umsetzung überstanden.',
  'signal.seoul.ruling': 'Das Verfassungsgericht hat entschieden.',
  'signal.seoul.election': 'Die Südkoreaner haben gewählt.',
  'signal.ukraine.talks': 'Moskau und Kiew haben sich auf Gespräche eingelassen.',
  'signal.ukraine.push': 'Washington hat auf eine Friedensregelung gedrängt.',
  'signal.ukraine.settle': 'Die Waffenstillstandsgespräche waren erfolgreich.',
  'signal.ukraine.collapse': 'Die Waffenstillstandsgespräche sind gescheitert.',
  'signal.cabinet.clash': 'Die Falken haben sich mit dem Präsidenten angelegt.',
  'signal.cabinet.hawkOut': 'Ein Falke ist zurückgetreten oder wurde kaltgestellt.',
  'signal.cabinet.reconcile': 'Der Streit im Kabinett wurde beigelegt.',

  // ── Abgelehnte Schritte ───────────────────────────────────────────────────────────────────
  'note.envoyRefused': 'Der Gesandte wurde nicht entsandt: Die Entschlossenheit des Präsidenten reicht nicht aus.',
  'note.envoyRefused.hint': 'Ein Geheimkanal braucht eine Entschlossenheit des Präsidenten von mindestens {threshold}.',
  'note.publicTalksBlocked': 'Keine offenen Gespräche: Der Widerstand im eigenen Land ist zu groß.',
  'note.publicTalksBlocked.hint':
    'Offene Gespräche gehen erst, wenn der Widerstand unter {threshold} liegt. Bis dahin hilft nur ein Geheimkanal – genau das ist die These des Artikels.',
  'note.responseTooWeak': 'Pjöngjangs Antwort hat keine Gespräche eröffnet: zu wenig Vertrauen, oder Pjöngjang ist zu selbstsicher.',
  'note.responseTooWeak.hint':
    'Pjöngjangs Antwort zählt, sobald das Vertrauen mindestens {trust} beträgt und sein Selbstbewusstsein unter {confidence} liegt.',
  'note.formalTalksTooEarly': 'Zu früh für formelle Gespräche: Das Vertrauen ist noch zu gering.',
  'note.formalTalksTooEarly.hint': 'Formelle Gespräche brauchen ein Vertrauen von mindestens {trust}.',
  'note.summitTooEarly': 'Zu früh für einen Gipfel: Vertrauen oder Entschlossenheit des Präsidenten reichen nicht.',
  'note.summitTooEarly.hint':
    'Ein Gipfel braucht ein Vertrauen von mindestens {trust} und eine Entschlossenheit von mindestens {determination}.',

  'news.injected': 'Die Lehrkraft hat dieses Ereignis in die Partie eingespielt.',
  'news.revealed.zero': 'Kein geheimer Zug ist ans Licht gekommen.',
  'news.revealed.one': 'Ein geheimer Zug ist ans Licht gekommen.',
  'news.revealed.other': '{count} geheime Züge sind ans Licht gekommen.',

  // ── Indikatoren ───────────────────────────────────────────────────────────────────────────
  'indicator.determination.name': 'Entschlossenheit des Präsidenten',
  'indicator.determination.desc':
    'Wie sehr Trump einen Deal für sein Vermächtnis will. Hoch: Er schickt einen Gesandten und geht zum Gipfel. Niedrig: Niemand trägt den Geheimkanal.',
  'indicator.usOpposition.name': 'Widerstand in den USA',
  'indicator.usOpposition.desc':
    'Der Widerstand in Kongress und Hauptstadt gegen Gespräche mit Pjöngjang. Hoch: Offene Verhandlungen sind unmöglich, nur ein Geheimkanal kann funktionieren – doch ein Leck kann ihn zerstören. Niedrig: Man kann offen reden.',
  'indicator.cabinetCohesion.name': 'Geschlossenheit des Kabinetts',
  'indicator.cabinetCohesion.desc':
    'Ob die Falken im engsten Kreis zum Präsidenten halten. Hoch: ein loyales Team. Niedrig: offener Streit, womöglich geht ein Falke.',
  'indicator.trust.name': 'Vertrauen USA–Nordkorea',
  'indicator.trust.desc':
    'Wie sehr Washington und Pjöngjang einander glauben. Hoch: Formelle Gespräche, Gipfel und Abkommen werden möglich. Niedrig: Die Gespräche brechen ab.',
  'indicator.sanctions.name': 'Sanktionsdruck',
  'indicator.sanctions.desc':
    'Wie hart die Sanktionen Nordkorea treffen. Hoch: Pjöngjang spürt den Schmerz und bietet vielleicht mehr an. Niedrig: Erleichterung, die Pjöngjang anstrebt.',
  'indicator.dprkCapability.name': 'Nordkoreas Atomfähigkeit',
  'indicator.dprkCapability.desc':
    'Umfang und Reichweite des Atom- und Raketenprogramms. Es wächst jeden Monat, solange es nicht eingefroren ist. Hoch: ein gefährlicherer Nachbar und ein härterer Handel.',
  'indicator.dprkConfidence.name': 'Nordkoreas Selbstbewusstsein',
  'indicator.dprkConfidence.desc':
    'Wie selbstsicher Pjöngjang auftritt. Hoch: Kleine Anreize locken nicht mehr, ganz oben weist es den Kanal ab. Niedrig: eher zu Zugeständnissen bereit.',
  'indicator.russiaTies.name': 'Partnerschaft Nordkorea–Russland',
  'indicator.russiaTies.desc':
    'Wie eng Pjöngjang und Moskau verbunden sind. Hoch: Neue Rückendeckung macht Kim kühner und den Kongress zorniger. Niedrig: Entspannung mit Washington wirkt klüger.',
  'indicator.interKorean.name': 'Innerkoreanische Beziehungen',
  'indicator.interKorean.desc':
    'Das Klima zwischen Seoul und Pjöngjang. Niedrig: eingefroren wie unter Yoon. Hoch: Kontakte und Ruhe, wie Seoul sie sich wünscht.',
  'indicator.alliance.name': 'Bündnis USA–Südkorea',
  'indicator.alliance.desc':
    'Die Stärke des Bündnisses zwischen Washington und Seoul. Hoch: glaubwürdige Abschreckung. Sehr niedrig: Das Bündnis zerbricht.',
  'indicator.costSharing.name': 'Seouls Kostenanteil',
  'indicator.costSharing.desc':
    'Wie viel Seoul für die US-Truppen zahlt. Hoch: eine schwere Last und Unmut in Seoul. Niedrig: eine tragbare Rechnung.',
  'indicator.rokNukeSupport.name': 'Zustimmung zu eigenen Atomwaffen',
  'indicator.rokNukeSupport.desc':
    'Anteil der Südkoreaner, die eigene Atomwaffen wollen; zu Beginn 71 %. Er steigt mit der Bedrohung und mit der Angst, allein gelassen zu werden.',
  'indicator.tension.name': 'Regionale Spannung',
  'indicator.tension.desc':
    'Wie nah die Halbinsel einem Konflikt ist. Hoch: Gefahr, ganz oben beendet eine Eskalationskrise die Partie. Niedrig: Ruhe.',
  'indicator.secrecy.name': 'Verschwiegenheit des Kanals',
  'indicator.secrecy.desc':
    'Wie gut die stillen Kontakte verborgen sind. Jeder geheime Zug zehrt daran. Niedrig: Ein Leck wird wahrscheinlich.',

  // ── Status ────────────────────────────────────────────────────────────────────────────────
  'status.seoulGovernment.name': 'Regierung in Seoul',
  'status.seoulGovernment.conservative': 'Konservativ',
  'status.seoulGovernment.interim': 'Geschäftsführende Regierung',
  'status.seoulGovernment.liberal': 'Linksliberal (Demokratische Partei)',
  'status.ukraine.name': 'Krieg in der Ukraine',
  'status.ukraine.war': 'Krieg',
  'status.ukraine.ceasefireTalks': 'Waffenstillstandsgespräche',
  'status.ukraine.settled': 'Beigelegt',
  'status.exercises.name': 'Gemeinsame Manöver',
  'status.exercises.held': 'In vollem Umfang',
  'status.exercises.scaledDown': 'Verkleinert',
  'status.exercises.suspended': 'Ausgesetzt',
  'status.troops.name': 'US-Truppen in Korea',

  'track.negotiation.name': 'Gespräche USA–Nordkorea',
  'track.seoul.name': 'Politik in Seoul',
  'track.ukraine.name': 'Ukraine und Russland',
  'track.cabinet.name': 'Washingtons engster Kreis',

  'position.none': 'Nichts auf dem Tisch',
  'position.cvid': 'Vollständige Denuklearisierung (CVID)',
  'position.freeze': 'Einfrieren gegen Lockerung',
  'position.recognition': 'Anerkennung als Atomstaat',
  'position.roadmap': 'Fahrplan zur Denuklearisierung',

  'deal.roadmap': 'Fahrplan zur Denuklearisierung',
  'deal.roadmap.terms': 'Pjöngjang baut sein Programm Schritt für Schritt ab; im Gegenzug fallen die Sanktionen nach und nach.',
  'deal.freeze': 'Einfrieren gegen Sanktionslockerung',
  'deal.freeze.terms': 'Pjöngjang stellt Tests und den Bau neuer Waffen ein und behält, was es hat; die Sanktionen werden gelockert.',
  'deal.recognition': 'Anerkennung als Atomstaat',
  'deal.recognition.terms': 'Washington akzeptiert Nordkoreas Arsenal; Rüstungskontrolle tritt an die Stelle der Abrüstung.',

  'winner.liberal': 'Demokratische Partei',
  'winner.conservative': 'Konservative',

  // ── Spielausgänge ─────────────────────────────────────────────────────────────────────────
  'ending.roadmap.title': 'Fahrplan zur Denuklearisierung',
  'ending.roadmap.summary':
    'Pjöngjang verpflichtet sich zu schrittweiser Abrüstung gegen Sanktionserleichterungen – das Ziel, an dem alle früheren Abkommen scheiterten. Washington hat sein Vermächtnis, Seoul seinen besten Ausgang; Pjöngjang tauscht einen Teil seines Arsenals gegen Entlastung und eine neue Beziehung.',
  'ending.roadmap.reality':
    'In Wirklichkeit bestätigte das Verfassungsgericht Yoons Amtsenthebung am 4. April 2025; die Neuwahl am 3. Juni 2025 gewann Lee Jae-myung von der Demokratischen Partei. Ein Fahrplan ist ein möglicher Weg von dort aus – eine Vorhersage ist das Spiel nicht. (Quellen: Verfassungsgericht Südkoreas; Nationale Wahlkommission.)',
  'ending.freeze.title': 'Einfrieren gegen Lockerung',
  'ending.freeze.summary':
    'Nordkorea stellt Tests und den Bau neuer Waffen ein, die Sanktionen werden gelockert. Washington erhält einen überprüfbaren Stopp und kann sich China zuwenden, Pjöngjang behält sein vorhandenes Arsenal, und Seoul lebt neben einem eingefrorenen, aber bewaffneten Nachbarn – oft mit höherer Rechnung.',
  'ending.freeze.reality':
    'In Wirklichkeit bestätigte das Verfassungsgericht Yoons Amtsenthebung am 4. April 2025; die Neuwahl am 3. Juni 2025 gewann Lee Jae-myung von der Demokratischen Partei. Ob ein Einfrieren versucht wird, ist offen – das Spiel erkundet die Möglichkeit, es sagt sie nicht voraus. (Quellen: Verfassungsgericht Südkoreas; Nationale Wahlkommission.)',
  'ending.recognition.title': 'Atomstaat anerkannt',
  'ending.recognition.summary':
    'Washington erkennt Nordkorea offiziell als Atomstaat an. Pjöngjang erreicht sein Hauptziel, während Seoul vor dem tiefen Sicherheitsdilemma steht, vor dem der Artikel warnt, und der Ruf nach einer eigenen Bombe lauter wird.',
  'ending.recognition.reality':
    'In Wirklichkeit bestätigte das Verfassungsgericht Yoons Amtsenthebung am 4. April 2025; die Neuwahl am 3. Juni 2025 gewann Lee Jae-myung von der Demokratischen Partei. Der Artikel nannte die Anerkennung extrem, aber nicht ausgeschlossen; das Spiel zeigt ihren Preis, nicht ihre Wahrscheinlichkeit. (Quellen: Verfassungsgericht Südkoreas; Nationale Wahlkommission.)',
  'ending.collapse.title': 'Gespräche gescheitert',
  'ending.collapse.summary':
    'Wie 2019 in Hanoi enden die Gespräche mit einem Abbruch oder einem gebrochenen Abkommen. Misstrauen und Spannung kehren zurück; Washington hat kein Vermächtnis, Pjöngjang keine Entlastung, und Seoul steht wieder am Anfang.',
  'ending.collapse.reality':
    'Das reale Vorbild ist der Gipfel von Hanoi im Februar 2019, der ohne Abkommen endete. Seit dem Artikel: Das Verfassungsgericht bestätigte Yoons Amtsenthebung am 4. April 2025, die Neuwahl am 3. Juni 2025 gewann Lee Jae-myung. (Quellen: Verfassungsgericht Südkoreas; Nationale Wahlkommission.)',
  'ending.crisis.title': 'Eskalationskrise',
  'ending.crisis.summary':
    'Tests, Drohungen und Manöver treiben die Halbinsel an den Abgrund, wie 2017. Niemand gewinnt: Washington verliert seinen Deal, Pjöngjang seine Sicherheit, Seoul seine Ruhe.',
  'ending.crisis.reality':
    'Das reale Vorbild ist das Jahr 2017, als Beleidigungen und Drohungen der Diplomatie vorausgingen. Seit dem Artikel: Das Verfassungsgericht bestätigte Yoons Amtsenthebung am 4. April 2025, die Neuwahl am 3. Juni 2025 gewann Lee Jae-myung. Eine Krise sagt das Spiel nicht voraus. (Quellen: Verfassungsgericht Südkoreas; Nationale Wahlkommission.)',
  'ending.rupture.title': 'Bruch des Bündnisses',
  'ending.rupture.summary':
    'Das Bündnis zerbricht: Die US-Truppen sinken unter ein glaubwürdiges Maß, oder Seoul und Washington überwerfen sich. Pjöngjang bekommt, was es lange gefordert hat; Seoul steht ungeschützt da wie 1949, und Washington verliert seinen Brückenkopf.',
  'ending.rupture.reality':
    'Das reale Vorbild ist der US-Abzug von 1949, ein Jahr vor dem Koreakrieg. Seit dem Artikel: Das Verfassungsgericht bestätigte Yoons Amtsenthebung am 4. April 2025, die Neuwahl am 3. Juni 2025 gewann Lee Jae-myung. (Quellen: Verfassungsgericht Südkoreas; Nationale Wahlkommission.)',
  'ending.statusQuo.title': 'Status quo',
  'ending.statusQuo.summary':
    'Die Zeit läuft ab, ohne dass sich etwas Entscheidendes bewegt. Kein Abkommen und kein Krieg: Sanktionen, Misstrauen und Abschreckung bleiben, und jede Seite wartet auf einen besseren Moment.',
  'ending.statusQuo.reality':
    'Auch die Geschichte ging nach dem Artikel weiter: Das Verfassungsgericht bestätigte Yoons Amtsenthebung am 4. April 2025, und Lee Jae-myung von der Demokratischen Partei gewann die Neuwahl am 3. Juni 2025. Was danach kommt, sagt das Spiel nicht voraus. (Quellen: Verfassungsgericht Südkoreas; Nationale Wahlkommission.)',

  // ── Ziele und Urteile ─────────────────────────────────────────────────────────────────────
  'objective.legacyDeal': 'Ein Deal fürs Vermächtnis: Denuklearisierung oder wenigstens ein überprüfbares Einfrieren',
  'objective.keepAlliance': 'Das Bündnis mit Seoul stark halten',
  'objective.keepCongress': 'Den Widerstand im Kongress klein halten',
  'objective.keepHawks': 'Die Falken an Bord halten',
  'objective.focusOnChina': 'Die Halbinsel beruhigen, um sich auf China zu konzentrieren',
  'objective.sanctionsRelief': 'Sanktionserleichterungen erreichen',
  'objective.keepArsenal': 'Das Arsenal behalten, zumindest stillschweigend',
  'objective.normalization': 'Normale Beziehungen zu den USA anbahnen',
  'objective.regimeSecurity': 'Sicherheit des Regimes: die Spannung niedrig halten',
  'objective.alliance': 'Das Bündnis mit den USA stark halten',
  'objective.troops': 'Die US-Truppen im Land halten',
  'objective.noRecognition': 'Keine Anerkennung eines atomar bewaffneten Nordens durch die USA',
  'objective.calmPeninsula': 'Ruhigere innerkoreanische Beziehungen',
  'objective.bearableBill': 'Eine tragbare Rechnung für die Stationierungskosten',

  'verdict.win': 'Sieg',
  'verdict.draw': 'Unentschieden',
  'verdict.loss': 'Niederlage',

  // ── Eigendynamik der Welt ─────────────────────────────────────────────────────────────────
  'drift.capabilityGrows': 'Nordkoreas stetige Waffenentwicklung',
  'drift.secrecyRecovers': 'ruhige Monate, in denen die Verschwiegenheit zurückkehrt',
  'drift.exercisesSuspended': 'die ausgesetzten Manöver',
  'drift.warBindsMoscow': 'der Krieg, der Moskau und Pjöngjang zusammenschweißt',
  'drift.peaceLoosensTies': 'der Frieden, der die Bande zu Moskau lockert',
  'drift.liberalEngagement': 'die Annäherungspolitik einer linksliberalen Regierung',
  'drift.conservativeFreeze': 'die harte Linie einer konservativen Regierung',
  'drift.impatience': 'die Ungeduld des Präsidenten ohne Kontakt',
  'drift.moscowInCongress': 'die Sorge des Kongresses wegen Russland',
  'drift.nuclearOpinion': 'die öffentliche Meinung zu Atomwaffen',
  'drift.dprkSelfBelief': 'Pjöngjangs Selbstgewissheit',
  'drift.distrust': 'das gewohnte Grundmisstrauen',
  'drift.sanctionsRegime': 'die Sanktionen, die bis zu einer Einigung in Kraft bleiben',
  'drift.oppositionSettles': 'der Widerstand, der auf sein übliches Maß zurückkehrt',
  'drift.resolveFades': 'die anderen Prioritäten des Präsidenten',
  'drift.billNormalizes': 'die Rechnung, die sich wieder beim vereinbarten Betrag einpendelt',
  'drift.detenteNeedsTending': 'die innerkoreanischen Beziehungen, die sich auf ihr übliches Maß einpendeln',
  'drift.tensionEases': 'die Spannung, die sich auf ihr übliches Maß einpendelt',

  'cause.hidden': 'ein geheimer Zug',
  'cause.move': 'Zug „{move}“ ({seat})',
  'cause.stage': 'Phase „{stage}“',
  'cause.drift': 'die Eigendynamik der Lage',

  'tag.engage': 'Annäherung',
  'tag.pressure': 'Druck',
  'tag.deal': 'Abkommen',
  'tag.alliance': 'Bündnis',
  'tag.concede': 'Zugeständnis',
  'tag.provoke': 'Provokation',
  'tag.signal': 'Signal',
  'tag.hold': 'Abwarten',

  'bot.hawk': 'Falke',
  'bot.hawk.desc': 'Setzt auf Druck, das Bündnis und ein geschlossenes Kabinett und macht keine Zugeständnisse.',
  'bot.dove': 'Taube',
  'bot.dove.desc': 'Sucht Vertrauen und Ruhe, geht bereitwillig auf Gespräche ein und meidet Provokationen.',
  'bot.dealmaker': 'Dealmaker',
  'bot.dealmaker.desc': 'Will einen Deal, der sich lohnt, und wägt jeden Schritt gegen seine Kosten ab.',
  'bot.random': 'Zufall',
  'bot.random.desc': 'Spielt irgendeinen erlaubten Zug nach dem Zufallsprinzip; nützlich zum Testen.',
  'bot.strategist': 'Stratege',
  'bot.strategist.desc':
    'Schwerer Gegner: folgt einem festen Plan, der besten ihm bekannten Antwort auf die Bots der anderen Seiten, spielt seine stärksten Alternativen in gezogenen Zukünften bis zum Spielende durch (je näher das Ende, desto mehr Zukünfte) und weicht nur ab, wenn ein anderer Zug seiner Seite deutlich mehr bringt.',

  // ── Die drei Bedingungen des Artikels ─────────────────────────────────────────────────────
  'condition.determination.name': 'Entschlossenheit des Präsidenten',
  'condition.determination.held': 'Der Präsident war entschlossen genug (mindestens {threshold}), um einen Geheimkanal zu tragen.',
  'condition.determination.missing':
    'Die Entschlossenheit des Präsidenten war zu schwach (unter {threshold}), um einen Geheimkanal zu tragen.',
  'condition.opposition.name': 'Widerstand im eigenen Land',
  'condition.opposition.held':
    'Der Widerstand in den USA war groß genug (mindestens {threshold}), um offene Gespräche auszuschließen – ein Geheimkanal war der einzige Weg.',
  'condition.opposition.missing':
    'Der Widerstand in den USA war unter {threshold} gefallen: Man konnte offen verhandeln, Geheimhaltung war nicht mehr nötig.',
  'condition.response.name': 'Pjöngjangs Antwort',
  'condition.response.held': 'Pjöngjang hat über den Kanal geantwortet.',
  'condition.response.missing': 'Pjöngjang hat nie über den Kanal geantwortet.',

  'explain.ended': 'Die Partie endete im {date}, im {turns}. Monat: {ending}.',
  'explain.conditions': 'Am Ende erfüllte Bedingungen des Artikels für einen Geheimkanal: {held} von 3.',
  'explain.factors': 'Was die entscheidenden Werte am stärksten zu diesem Ende getrieben hat (ohne die allgemeine Drift):',
  'explain.dealBreaks': 'Woran das Abkommen zerbrach:',
  'explain.dealBreak': '{date}: {what} {odds}',
  'explain.factor': '{indicator} {delta} – Ursache: {cause}.',
  'explain.turningPoints': 'Wendepunkte:',
  'explain.turningPoint': '{date}: {headline}',
  'explain.noTurningPoints': 'Nichts hat den Lauf der Gespräche verändert.',
  'explain.seat': '{seat}: {score} von 100 Punkten ({verdict}).',

  // ── Glossar ───────────────────────────────────────────────────────────────────────────────
  'glossary.backchannel.term': 'Backchannel (Geheimkanal)',
  'glossary.backchannel.def':
    'Eine vertrauliche Verbindung zwischen Regierungen neben den offiziellen Wegen, oft über einen Vertrauten oder Geheimdienstleute. Beide Seiten können Ideen testen, ohne dass die Öffentlichkeit mitredet.',
  'glossary.cvid.term': 'CVID / Denuklearisierung',
  'glossary.cvid.def':
    'Vollständige, überprüfbare und unumkehrbare Denuklearisierung: die alte Forderung der USA, dass Nordkorea unter Kontrolle von Inspekteuren alle Atomwaffen und -programme aufgibt.',
  'glossary.freeze.term': 'Einfrieren',
  'glossary.freeze.def':
    'Eine Abmachung, den Stand der Dinge festzuschreiben: keine neuen Tests, keine neuen Waffen, kein neues Spaltmaterial – das vorhandene Arsenal bleibt. Weniger als Denuklearisierung, aber leichter zu erreichen.',
  'glossary.sanctionsRelief.term': 'Sanktionserleichterung',
  'glossary.sanctionsRelief.def':
    'Die Aufhebung oder Lockerung von UN- und nationalen Sanktionen auf Handel, Finanzen und Treibstoff. Für Pjöngjang das wichtigste wirtschaftliche Ziel, für Washington das wichtigste Faustpfand.',
  'glossary.armistice.term': 'Waffenstillstandsabkommen',
  'glossary.armistice.def':
    'Die Vereinbarung vom 27. Juli 1953, die die Kämpfe im Koreakrieg beendete. Sie ist eine Waffenruhe, kein Friedensvertrag – technisch gesehen herrscht also weiter Krieg.',
  'glossary.costSharing.term': 'Kostenteilung (Sondermaßnahmenabkommen, SMA)',
  'glossary.costSharing.def':
    'Das Abkommen, nach dem Südkorea einen Teil der Kosten für die bei ihm stationierten US-Truppen trägt. Trump hat wiederholt verlangt, dass Seoul deutlich mehr zahlt.',
  'glossary.jointExercises.term': 'Gemeinsame Manöver',
  'glossary.jointExercises.def':
    'Regelmäßige Übungen südkoreanischer und amerikanischer Streitkräfte, etwa Freedom Shield im Frühjahr und Ulchi Freedom Shield im August. Pjöngjang hält sie für Proben einer Invasion; Trump nannte sie einmal „Kriegsspiele“.',
  'glossary.strategicAssets.term': 'Strategische Kräfte',
  'glossary.strategicAssets.def':
    'Schlagkräftige US-Waffensysteme, die zur Abschreckung auf oder an die Halbinsel verlegt werden: Langstreckenbomber, Flugzeugträger, atomwaffenfähige U-Boote.',
  'glossary.impeachmentRuling.term': 'Urteil über die Amtsenthebung',
  'glossary.impeachmentRuling.def':
    'In Südkorea kann die Nationalversammlung den Präsidenten seines Amtes entheben, absetzen kann ihn aber nur das Verfassungsgericht. Bestätigt es die Amtsenthebung, muss binnen 60 Tagen ein neuer Präsident gewählt werden.',

  // ── Briefing ──────────────────────────────────────────────────────────────────────────────
  'briefing.1.title': 'Wer in Washington entscheidet',
  'briefing.1.body':
    'Donald Trump beginnt seine zweite Amtszeit im Januar 2025 und will ein Vermächtnis. Außenminister Marco Rubio und der Nationale Sicherheitsberater Mike Waltz stehen seit Langem für eine harte Linie gegenüber Nordkorea. Der engste Kreis ist ungewöhnlich loyal, doch ein Zerwürfnis wie einst mit John Bolton ist denkbar.',
  'briefing.2.title': 'Pjöngjang und Seoul',
  'briefing.2.body':
    'Kim Jong Un ist militärisch stärker und selbstbewusster als 2018 und hat Russland im Rücken, nennt normale Beziehungen zu den USA aber weiter sein wichtigstes außenpolitisches Ziel. In Seoul wurde Präsident Yoon Suk-yeol nach seinem kurzen Kriegsrecht im Dezember 2024 seines Amtes enthoben; eine geschäftsführende Regierung amtiert, bis das Verfassungsgericht entscheidet.',
  'briefing.3.title': 'Der erste Geheimkanal',
  'briefing.3.body':
    '2018 reiste CIA-Direktor Mike Pompeo heimlich nach Pjöngjang. Drei inhaftierte Amerikaner kamen frei, und der Weg öffnete sich für die Gipfel von 2018 und 2019 sowie für ein innerkoreanisches Gipfeltreffen in Pjöngjang im September 2018. Am 30. Juni 2019 trat Trump an der DMZ über die Linie – als erster amtierender US-Präsident auf nordkoreanischem Boden.',
  'briefing.4.title': 'Warum geheim – und wann es klappt',
  'briefing.4.body':
    'Obama erreichte das Iran-Abkommen von 2015 über Geheimgespräche, weil offene politisch unmöglich waren. Der Artikel nennt drei Bedingungen für einen neuen Geheimkanal: einen entschlossenen Präsidenten, so viel Widerstand im eigenen Land, dass offene Gespräche ausscheiden, und eine positive Antwort aus Pjöngjang. Korea ist schwieriger als Iran: Der Krieg endete nur mit einem Waffenstillstand, und jedes frühere Abkommen ist gescheitert.',
  'briefing.5.title': 'Was Seoul fürchtet',
  'briefing.5.body':
    'Ein Deal über Seouls Kopf hinweg könnte teuer werden: höhere Kosten für die US-Truppen, abgesagte Manöver, ein Truppenabzug wie 1949 und im schlimmsten Fall die Anerkennung Nordkoreas als Atomstaat durch die USA. Schon jetzt befürworten 71 % der Südkoreaner eigene Atomwaffen.',
  'briefing.6.title': 'Russland, die Ukraine und China',
  'briefing.6.body':
    'Pjöngjangs Partnerschaft mit Moskau ist im Ukrainekrieg gewachsen. Ein Frieden unter Trump könnte sie lockern und Entspannung mit Washington für Kim attraktiv machen. Die Gerüchte über ein Einfrieren gegen Lockerung zielten darauf, Washington für den Wettbewerb mit China freizumachen; Trump nannte sie erfunden. Seit Juni 2024 verpflichtet ein Vertrag Russland und Nordkorea zu gegenseitigem Beistand, und seit Ende 2024 kämpfen nordkoreanische Soldaten im russischen Gebiet Kursk. (Quellen: Vertragstext, veröffentlicht von KCNA am 19. Juni 2024; südkoreanischer Geheimdienst NIS, Oktober 2024.)',

  // ── Nachbesprechung ───────────────────────────────────────────────────────────────────────
  'discussion.1':
    'Der Artikel sieht starken Widerstand im eigenen Land als Voraussetzung für einen Geheimkanal. Warum sollte Widerstand Geheimgespräche wahrscheinlicher machen statt unwahrscheinlicher – und hat Ihre Partie das bestätigt?',
  'discussion.2':
    'Ist ein Einfrieren gegen Sanktionserleichterungen ein realistischer erster Schritt oder eine Belohnung für atomare Erpressung? Wer hat in Ihrer Partie davon profitiert, wer verloren?',
  'discussion.3':
    'Trump dementierte öffentlich Berichte über einen weicheren Kurs. Wann darf eine Regierung öffentlich das eine sagen und im Geheimen etwas anderes verhandeln?',
  'discussion.4':
    'Was sollte Seoul für bessere Beziehungen zwischen Washington und Pjöngjang zu zahlen bereit sein – an Geld, Manövern oder Truppen? Wo liegt seine rote Linie?',
  'discussion.5':
    'Wie stark hat der Ukrainekrieg Pjöngjangs Entscheidungen in Ihrer Partie geprägt? Würde ein Frieden Kim wirklich offener für Washington machen, wie der Artikel vermutet?',
  'discussion.6':
    'Jedes frühere Denuklearisierungsabkommen ist gescheitert. Was bräuchte ein neuer Deal, um seine Umsetzung zu überstehen – und woran sind Abkommen in Ihrer Partie zerbrochen?',

  // ── Warum ein Bot seinen Zug wählte ───────────────────────────────────────────────────────
  'botReason.line': '{seat} ({bot}): {why}',
  'botReason.random': 'zufällig gewählt unter {among} Zügen',
  'botReason.raises': 'erhöht {indicator} ({delta})',
  'botReason.lowers': 'senkt {indicator} ({delta})',
  'botReason.tag': 'passt zu seiner Linie der {line}',
  'botReason.tag.engage': 'Annäherung',
  'botReason.tag.pressure': 'Härte',
  'botReason.tag.deal': 'Verhandlung',
  'botReason.tag.alliance': 'Bündnistreue',
  'botReason.tag.concede': 'Zugeständnisse',
  'botReason.tag.provoke': 'Provokation',
  'botReason.tag.signal': 'Signale',
  'botReason.tag.hold': 'Geduld',
  'botReason.progress':
    'bringt die Gespräche voran, solange die Bedingungen erfüllt sind (Vertrauen {trust}, Entschlossenheit {determination})',
  'botReason.refused': 'versucht es, obwohl die Bedingungen noch nicht erfüllt sind',
  'botReason.walkOut': 'verlässt den Verhandlungstisch',
  'botReason.stance.wanted': 'legt „{position}“ auf den Tisch',
  'botReason.stance.settles': 'gibt sich mit „{position}“ zufrieden',
  'botReason.thrift': 'spart politisches Kapital',
  'botReason.none': 'die günstigste Möglichkeit',
  'botReason.forecast.deal':
    'in {futures} durchgespielten Zukünften führte „{move}“ in {count} zu einem Abkommen (erwartete Punktzahl {score}, danach als {plan})',
  'botReason.forecast.risk':
    'in {futures} durchgespielten Zukünften riskierte „{move}“ in {count} {ending} (erwartete Punktzahl {score}, danach als {plan})',
  'botReason.forecast.open':
    'in {futures} durchgespielten Zukünften hielt „{move}“ das Spiel in allen offen (erwartete Punktzahl {score}, danach als {plan})',
  'botReason.forecast.answers': '{why}; als Antwort auf einen Zug des Partners: {news}',
  'botReason.ending.roadmap': 'einen Fahrplan zur Denuklearisierung',
  'botReason.ending.freeze': 'ein Einfrieren gegen Erleichterungen',
  'botReason.ending.recognition': 'die Anerkennung als Atommacht',
  'botReason.ending.collapse': 'das Scheitern der Gespräche',
  'botReason.ending.crisis': 'eine militärische Krise',
  'botReason.ending.rupture': 'den Bruch des Bündnisses',
  'botReason.ending.statusQuo': 'den Status quo',
  'botReason.shapeDeal': 'redet bei dem Abkommen mit, das am Verhandlungstisch entsteht',
  'botReason.withTable': '{why}; am Verhandlungstisch: {table}',
  'botReason.table.accept': 'nimmt das Angebot von {seat} an, für sich {worth} wert (begnügt sich jetzt mit {aspiration}: {strategy})',
  'botReason.table.propose.secret':
    'bietet {seat} geheim ein Paket an, für sich {worth} wert (begnügt sich jetzt mit {aspiration}: {strategy})',
  'botReason.table.propose.public':
    'bietet {seat} öffentlich ein Paket an, für sich {worth} wert (begnügt sich jetzt mit {aspiration}: {strategy})',
  'botReason.table.publicLine': 'legt gegenüber {seat} öffentlich eine harte Linie fest: {asks} Forderungen, kein Zugeständnis',
  'botReason.table.reject': 'lehnt das Angebot von {seat} ab, für sich {worth} wert',
  'botReason.table.random': 'handelt zufällig',
  'botReason.table.forecast': '„{kind}“ schnitt in {futures} durchgespielten Zukünften am besten ab (erwartete Punktzahl {score})',
  'botReason.tableKind.propose': 'vorschlagen',
  'botReason.tableKind.accept': 'annehmen',
  'botReason.tableKind.reject': 'ablehnen',
  'botReason.strategy.boulware': 'eine harte Linie, die spät nachgibt',
  'botReason.strategy.conceder': 'gibt früh nach',
  'botReason.strategy.titForTat': 'gibt so viel nach wie die Gegenseite zuletzt',
  // ── Scenario version 2 ────────────────────────────────────────────────────────────────────
  'move.us.walkOut.name': 'Den Gipfel verlassen',
  'move.us.walkOut.desc':
    'Ohne Abkommen aufstehen, wie Trump im Februar 2019 in Hanoi („manchmal muss man gehen“). Die Falken sind zufrieden; Vertrauen und die Entschlossenheit des Präsidenten leiden. Ein erstes Scheitern wirft die Gespräche zurück, ein zweites beendet sie.',
  'move.dprk.returnRemains.name': 'Gebeine von US-Soldaten übergeben',
  'move.dprk.returnRemains.desc':
    'Eine Geste des guten Willens wie die Übergabe von 55 Kisten mit Gebeinen im Juli 2018. (2025 war kein festgehaltener Amerikaner bekannt, es gibt also keine Gefangenen freizulassen.) Schafft Vertrauen und besänftigt den Kongress.',
  'event.leakInterKorean.title': 'Seouls geheimer Draht nach Pjöngjang enthüllt',
  'event.leakInterKorean.body':
    'Berichte decken stille Kontakte zwischen Seoul und Pjöngjang auf. Washington ist verärgert, nicht informiert worden zu sein.',
  'event.leakInterKorean.cause': 'die Enthüllung von Seouls Draht nach Pjöngjang',
  'event.leakMoscow.title': 'Geheimdienst enthüllt Pjöngjangs neue Geschäfte mit Moskau',
  'event.leakMoscow.body':
    'Südkoreas Geheimdienst macht Pjöngjangs jüngste Abmachungen mit Moskau öffentlich, wie im Oktober 2024 die Truppenentsendung. Der Kongress fordert mehr Druck.',
  'event.leakMoscow.cause': 'die Enthüllung der Moskauer Geschäfte',
  'event.leakConsultation.title': 'Seouls Konsultationen mit Washington werden bekannt',
  'event.leakConsultation.body':
    'Es wird bekannt, dass Seoul Washingtons Bedingungen still mitgestaltet hat. Pjöngjang nimmt es zur Kenntnis.',
  'event.leakConsultation.cause': 'das Bekanntwerden von Seouls Konsultationen',
  'event.troopReview.title': 'Washington überprüft seine Truppen in Korea',
  'event.troopReview.body':
    'Nach Seouls Weigerung, mehr zu zahlen, ordnet das Weiße Haus eine Überprüfung der US-Truppen in Korea an und kündigt einen ersten Abzug an.',
  'event.troopReview.cause': 'die Truppenüberprüfung nach Seouls Weigerung',
  'event.kurskFront.title': 'Nordkoreanische Soldaten kämpfen an Russlands Kursk-Front',
  'event.kurskFront.body':
    'Weitere nordkoreanische Soldaten kämpfen für Russland im Gebiet Kursk, sammeln Kampferfahrung und Moskaus Dank.',
  'event.kurskFront.cause': 'die Kämpfe bei Kursk',
  'event.russiaTreaty.title': 'Ausgangslage: Der Vertrag zwischen Russland und Nordkorea gilt',
  'event.russiaTreaty.body':
    'Der am 19. Juni 2024 in Pjöngjang unterzeichnete und seit 4. Dezember 2024 geltende Vertrag über eine umfassende strategische Partnerschaft verpflichtet beide Seiten zu militärischem Beistand, wenn die andere angegriffen wird. Ein Frieden in der Ukraine kann die Bindung lockern; der Vertrag bleibt.',
  'event.russiaTreaty.cause': 'der Vertrag zwischen Russland und Nordkorea',
  'event.kurskDeployment.title': 'Ausgangslage: Nordkoreanische Truppen in Kursk',
  'event.kurskDeployment.body':
    'Seit Ende 2024 stehen rund 11.000 nordkoreanische Soldaten im russischen Gebiet Kursk (südkoreanischer Geheimdienst, US-Verteidigungsministerium).',
  'event.kurskDeployment.cause': 'die Entsendung nach Kursk',
  'drift.talksBuildTrust': 'Monate stiller Gespräche',
  'drift.nuclearStrain': 'Seouls Atomdebatte, die das Bündnis belastet',
  'objective.nuclearRestraint': 'Die Atomdebatte im Zaum halten',
  'note.hanoiSetback': 'Die Gespräche sind zurückgeworfen: {months} Monate lang kein neuer Gesandter.',
  'note.hanoiSetback.cause': 'der Rückschlag nach den gescheiterten Gesprächen',
  'note.hanoiSetback.hint':
    'Wie nach Hanoi 2019 ist ein erstes Scheitern nicht das Ende: Vertrauen und Entschlossenheit sinken, nach einer Pause kann ein neuer Gesandter es versuchen. Ein zweites Scheitern beendet die Gespräche.',
  'note.dealBroken.test': 'Das Abkommen ist zerbrochen: ein Raketentest während der Umsetzung.',
  'note.dealBroken.sabotage': 'Das Abkommen ist zerbrochen: Störer in Washington (Falken oder Kongress) haben es zu Fall gebracht.',
  'note.dealBroken.trust': 'Das Abkommen ist zerbrochen: Das Vertrauen reichte für die Umsetzung nicht mehr.',
  'note.dealBroken.tension': 'Das Abkommen ist zerbrochen: Die Spannung auf der Halbinsel war zu hoch.',
  'note.dealBroken.test.hint': 'In jedem Monat der Umsetzung hatten die Störer eine Chance von {chance} %.',
  'note.dealBroken.sabotage.hint':
    'Diesen Monat hatten die Störer eine Chance von {chance} %; sie wächst mit der Opposition und einem gespaltenen Kabinett.',
  'note.dealBroken.trust.hint':
    'Ein Abkommen braucht Vertrauen, um umgesetzt zu werden; die Störer hatten zudem eine Chance von {chance} %.',
  'note.dealBroken.tension.hint': 'Bei solcher Spannung hält kein Abkommen; die Störer hatten zudem eine Chance von {chance} %.',
  // ── Szenario-Version 5: Seouls Linie trifft die seiner Partner ────────────────────────────────
  'event.breakRanks.title': 'Washington: Seoul schert aus',
  'event.breakRanks.body':
    'Seoul wirbt öffentlich um Pjöngjang, während Washington die Sanktionen verschärft. Das Weiße Haus fragt, auf wessen Seite sein Verbündeter steht, das Bündnis kühlt ab, und Washington nennt einen höheren Preis für seine Truppen.',
  'event.breakRanks.cause': 'Seouls Annäherung gegen Washingtons Sanktionen',
  'event.jointFront.title': 'Washington und Seoul zeigen eine gemeinsame Front',
  'event.jointFront.body':
    'Seouls harte Linie steht neben Washingtons neuen Sanktionen. Die Verbündeten sprechen mit einer Stimme, und das Bündnis rückt enger zusammen.',
  'event.jointFront.cause': 'die gemeinsame Front mit Washingtons Sanktionen',
  'event.overtureSnubbed.title': 'Pjöngjangs Annäherung abgewiesen',
  'event.overtureSnubbed.body':
    'Seoul beantwortet Pjöngjangs ausgestreckte Hand mit der harten Linie. Der Norden nennt den Süden feindlich; die heißen Drähte verstummen, die Spannung steigt.',
  'event.overtureSnubbed.cause': 'Seouls Abweisung von Pjöngjangs Annäherung',
  'event.thaw.title': 'Tauwetter auf der Halbinsel',
  'event.thaw.body':
    'Seoul greift Pjöngjangs Annäherung auf, wie vor den Olympischen Spielen 2018. Die Verbindungsbüros öffnen wieder, an der Grenze wird es ruhiger.',
  'event.thaw.cause': 'das Tauwetter nach Pjöngjangs Annäherung',
  // ── Szenario-Version 6: Washingtons Linie trifft die Pjöngjangs ──────────────────────────────
  'event.exercisesPaused.title': 'Manöver pausieren für die Annäherung',
  'event.exercisesPaused.body':
    'Washington beantwortet Pjöngjangs Annäherung an Seoul mit einer Pause der gemeinsamen Manöver, wie die Verbündeten vor den Olympischen Spielen 2018. Seoul, um das dieselbe Annäherung wirbt, begrüßt die Pause, und auf der Halbinsel wird es ruhiger.',
  'event.exercisesPaused.cause': 'die Pause als Antwort auf Pjöngjangs Annäherung',
  'event.testRewarded.title': 'Ein Test belohnt, sagen die Falken',
  'event.testRewarded.body':
    'Washington setzt die Manöver wenige Wochen nach einem nordkoreanischen Raketentest aus. Der Kongress und die Falken des Präsidenten nennen das eine Belohnung für den Test, und Pjöngjang sieht sich bestätigt: Testen zahlt sich aus.',
  'event.testRewarded.cause': 'die Pause gleich nach einem Raketentest',
  'event.showOfForce.title': 'Bomber antworten auf den Test',
  'event.showOfForce.body':
    'Strategische Bomber der USA überfliegen die Halbinsel mit südkoreanischen Kampfjets, wenige Tage nach dem Test. Seoul ist beruhigt, der Kongress applaudiert, und Pjöngjang sieht die Verbündeten zusammenstehen.',
  'event.showOfForce.cause': 'die Machtdemonstration nach dem Test',
  'event.overtureChilled.title': 'Bomber kühlen die Annäherung ab',
  'event.overtureChilled.body':
    'US-Bomber kommen, während Pjöngjang um Seoul wirbt. Der Norden nennt den Druck der Verbündeten die Antwort auf seine ausgestreckte Hand; die innerkoreanischen Kontakte kühlen ab, die Spannung steigt.',
  'event.overtureChilled.cause': 'die Bomber als Antwort auf Pjöngjangs Annäherung',
};
