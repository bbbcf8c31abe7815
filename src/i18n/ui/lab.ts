/**
 * The what-if lab's texts (src/classroom/lab.ts), in English, German and Korean. Kept apart from
 * the game's interface dictionaries so the lab's words load only with the lab page.
 */
import type { Language, Params } from '../format';
import { fill } from '../format';

const en = {
  'lab.title': 'What-if lab',
  'lab.lead':
    'Play thousands of games on this computer’s cores and see what one cause changes. Every arm plays the same seeds (common random numbers), so the arms differ only by their cause, not by luck.',
  'lab.back': 'Back to the game',
  'lab.presets': 'The article’s claims as experiments',
  'lab.presetPick': 'Test this claim',
  'lab.claim': 'Claim {n}',
  'lab.source': 'Source: {source}',
  'lab.articleSays': 'The article says the measure goes {dir}.',
  'lab.setup': 'Experiment',
  'lab.arm': 'Arm {n}',
  'lab.armLabel': 'Name',
  'lab.armSet': 'What-if start (ID=VALUE, one per line)',
  'lab.armExtra': 'Interventions: {what}',
  'lab.bots': 'Bots: Washington, Pyongyang, Seoul',
  'lab.games': 'Games per arm',
  'lab.months': 'Months',
  'lab.seed': 'First seed',
  'lab.workers': 'Workers ({n} cores here)',
  'lab.measure': 'Measure',
  'lab.measure.deals': 'Share of games that end in a deal',
  'lab.measure.share': 'Share of games that end in {what}',
  'lab.measure.final': '{name} at the end',
  'lab.measure.game': '{name}, averaged over the months played',
  'lab.addArm': 'Add an arm',
  'lab.removeArm': 'Remove this arm',
  'lab.predict': 'Your prediction',
  'lab.predictHelp': 'Decide before you see the result.',
  'lab.predictEnding': 'Which ending becomes more likely in “{b}” than in “{a}”?',
  'lab.predictMeasure': 'Which way does the measure move from “{a}” to “{b}”?',
  'lab.up': 'up',
  'lab.down': 'down',
  'lab.same': 'no clear change',
  'lab.choose': 'Choose…',
  'lab.run': 'Run the experiment',
  'lab.needPrediction': 'Make both predictions first.',
  'lab.cancel': 'Cancel',
  'lab.progress': '{done} of {total} games per arm · {workers} workers',
  'lab.cancelled': 'Cancelled after {done} of {total} games per arm; the results below are for those games.',
  'lab.elapsed': '{games} games in {seconds} s on {workers} workers',
  'lab.results': 'Results',
  'lab.commonSeeds': 'All arms played the same {n} seeds.',
  'lab.shares': 'Ending shares with 95% intervals',
  'lab.difference': '“{b}” minus “{a}”, game by game on the same seeds (95% interval)',
  'lab.measureRow': 'Measure',
  'lab.verdictUp': 'up',
  'lab.verdictDown': 'down',
  'lab.verdictUnclear': 'no clear change (the interval includes zero)',
  'lab.youPredicted': 'You predicted: {prediction}. The games say: {outcome}.',
  'lab.endingPredicted': 'You expected more “{ending}”: {change} points ({lo} to {hi}).',
  'lab.mostGained': 'The ending that gained most: {ending} ({change} points).',
  'lab.finals': 'Final indicators: mean and 10th–90th percentile',
  'lab.scores': 'Scores per seat: mean and 10th–90th percentile',
  'lab.samples': 'Sample games (open in the replay viewer)',
  'lab.sample': '{ending}, seed {seed}',
  'lab.csv': 'Export CSV',
  'lab.png': 'Export chart (PNG)',
  'lab.share': 'Copy a link to this setup',
  'lab.copied': 'Link copied to the clipboard.',
  'lab.invalid': 'This setup is not valid: {error}',
  'lab.linkInvalid': 'The link’s setup could not be read: {error}',
  'lab.failed': 'The experiment stopped: {error}',
  'lab.custom': 'Your own experiment',
} as const;

export type LabKey = keyof typeof en;

const de: Record<LabKey, string> = {
  'lab.title': 'Was-wäre-wenn-Labor',
  'lab.lead':
    'Spiele Tausende Partien auf den Kernen dieses Computers und sieh, was eine einzelne Ursache ändert. Alle Arme spielen dieselben Seeds (gemeinsame Zufallszahlen), sie unterscheiden sich also nur durch die Ursache, nicht durch Glück.',
  'lab.back': 'Zurück zum Spiel',
  'lab.presets': 'Die Thesen des Artikels als Experimente',
  'lab.presetPick': 'Diese These testen',
  'lab.claim': 'These {n}',
  'lab.source': 'Quelle: {source}',
  'lab.articleSays': 'Laut Artikel steigt bzw. fällt das Maß: {dir}.',
  'lab.setup': 'Experiment',
  'lab.arm': 'Arm {n}',
  'lab.armLabel': 'Name',
  'lab.armSet': 'Was-wäre-wenn-Start (ID=WERT, eine pro Zeile)',
  'lab.armExtra': 'Eingriffe: {what}',
  'lab.bots': 'Bots: Washington, Pjöngjang, Seoul',
  'lab.games': 'Partien pro Arm',
  'lab.months': 'Monate',
  'lab.seed': 'Erster Seed',
  'lab.workers': 'Worker ({n} Kerne hier)',
  'lab.measure': 'Maß',
  'lab.measure.deals': 'Anteil der Partien, die mit einem Abkommen enden',
  'lab.measure.share': 'Anteil der Partien, die mit {what} enden',
  'lab.measure.final': '{name} am Ende',
  'lab.measure.game': '{name}, gemittelt über die gespielten Monate',
  'lab.addArm': 'Arm hinzufügen',
  'lab.removeArm': 'Diesen Arm entfernen',
  'lab.predict': 'Deine Vorhersage',
  'lab.predictHelp': 'Entscheide, bevor du das Ergebnis siehst.',
  'lab.predictEnding': 'Welches Ende wird in „{b}“ wahrscheinlicher als in „{a}“?',
  'lab.predictMeasure': 'In welche Richtung bewegt sich das Maß von „{a}“ zu „{b}“?',
  'lab.up': 'nach oben',
  'lab.down': 'nach unten',
  'lab.same': 'keine klare Änderung',
  'lab.choose': 'Wählen…',
  'lab.run': 'Experiment starten',
  'lab.needPrediction': 'Triff zuerst beide Vorhersagen.',
  'lab.cancel': 'Abbrechen',
  'lab.progress': '{done} von {total} Partien pro Arm · {workers} Worker',
  'lab.cancelled': 'Abgebrochen nach {done} von {total} Partien pro Arm; die Ergebnisse gelten für diese Partien.',
  'lab.elapsed': '{games} Partien in {seconds} s auf {workers} Workern',
  'lab.results': 'Ergebnisse',
  'lab.commonSeeds': 'Alle Arme haben dieselben {n} Seeds gespielt.',
  'lab.shares': 'Anteile der Enden mit 95-%-Intervallen',
  'lab.difference': '„{b}“ minus „{a}“, Partie für Partie auf denselben Seeds (95-%-Intervall)',
  'lab.measureRow': 'Maß',
  'lab.verdictUp': 'nach oben',
  'lab.verdictDown': 'nach unten',
  'lab.verdictUnclear': 'keine klare Änderung (das Intervall enthält null)',
  'lab.youPredicted': 'Deine Vorhersage: {prediction}. Die Partien sagen: {outcome}.',
  'lab.endingPredicted': 'Du hast mehr „{ending}“ erwartet: {change} Punkte ({lo} bis {hi}).',
  'lab.mostGained': 'Das Ende mit dem größten Zuwachs: {ending} ({change} Punkte).',
  'lab.finals': 'Indikatoren am Ende: Mittelwert und 10.–90. Perzentil',
  'lab.scores': 'Punkte pro Sitz: Mittelwert und 10.–90. Perzentil',
  'lab.samples': 'Beispielpartien (im Wiedergabe-Viewer öffnen)',
  'lab.sample': '{ending}, Seed {seed}',
  'lab.csv': 'CSV exportieren',
  'lab.png': 'Diagramm exportieren (PNG)',
  'lab.share': 'Link zu diesem Aufbau kopieren',
  'lab.copied': 'Link in die Zwischenablage kopiert.',
  'lab.invalid': 'Dieser Aufbau ist ungültig: {error}',
  'lab.linkInvalid': 'Der Aufbau im Link ließ sich nicht lesen: {error}',
  'lab.failed': 'Das Experiment wurde beendet: {error}',
  'lab.custom': 'Eigenes Experiment',
};

const ko: Record<LabKey, string> = {
  'lab.title': '가정 실험실',
  'lab.lead':
    '이 컴퓨터의 모든 코어로 수천 판을 두고, 한 가지 원인이 무엇을 바꾸는지 보세요. 모든 실험군은 같은 시드(공통 난수)로 두므로, 실험군의 차이는 운이 아니라 원인에서만 나옵니다.',
  'lab.back': '게임으로 돌아가기',
  'lab.presets': '기사의 주장을 실험으로',
  'lab.presetPick': '이 주장 검증하기',
  'lab.claim': '주장 {n}',
  'lab.source': '출처: {source}',
  'lab.articleSays': '기사에 따르면 측정값은 {dir} 방향으로 움직입니다.',
  'lab.setup': '실험',
  'lab.arm': '실험군 {n}',
  'lab.armLabel': '이름',
  'lab.armSet': '가정 시작값 (ID=값, 한 줄에 하나)',
  'lab.armExtra': '개입: {what}',
  'lab.bots': '봇: 워싱턴, 평양, 서울',
  'lab.games': '실험군당 게임 수',
  'lab.months': '개월',
  'lab.seed': '첫 시드',
  'lab.workers': '워커 (이 컴퓨터 코어 {n}개)',
  'lab.measure': '측정값',
  'lab.measure.deals': '합의로 끝난 게임의 비율',
  'lab.measure.share': '{what}(으)로 끝난 게임의 비율',
  'lab.measure.final': '마지막 {name}',
  'lab.measure.game': '진행한 달 동안의 평균 {name}',
  'lab.addArm': '실험군 추가',
  'lab.removeArm': '이 실험군 삭제',
  'lab.predict': '나의 예측',
  'lab.predictHelp': '결과를 보기 전에 정하세요.',
  'lab.predictEnding': '“{a}”보다 “{b}”에서 더 자주 나오는 결말은?',
  'lab.predictMeasure': '“{a}”에서 “{b}”로 가면 측정값은 어느 쪽으로 움직일까요?',
  'lab.up': '위로',
  'lab.down': '아래로',
  'lab.same': '뚜렷한 변화 없음',
  'lab.choose': '선택…',
  'lab.run': '실험 실행',
  'lab.needPrediction': '먼저 두 가지를 모두 예측하세요.',
  'lab.cancel': '취소',
  'lab.progress': '실험군당 {total}판 중 {done}판 · 워커 {workers}개',
  'lab.cancelled': '실험군당 {total}판 중 {done}판에서 취소했습니다. 아래 결과는 그 게임들의 결과입니다.',
  'lab.elapsed': '워커 {workers}개로 {games}판, {seconds}초',
  'lab.results': '결과',
  'lab.commonSeeds': '모든 실험군이 같은 시드 {n}개로 두었습니다.',
  'lab.shares': '결말 비율과 95% 구간',
  'lab.difference': '같은 시드에서 게임별로 “{b}” 빼기 “{a}” (95% 구간)',
  'lab.measureRow': '측정값',
  'lab.verdictUp': '위로',
  'lab.verdictDown': '아래로',
  'lab.verdictUnclear': '뚜렷한 변화 없음 (구간에 0이 포함됨)',
  'lab.youPredicted': '나의 예측: {prediction}. 게임 결과: {outcome}.',
  'lab.endingPredicted': '더 많을 것으로 예상한 “{ending}”: {change}%p ({lo} ~ {hi}).',
  'lab.mostGained': '가장 많이 늘어난 결말: {ending} ({change}%p).',
  'lab.finals': '최종 지표: 평균과 10~90 백분위',
  'lab.scores': '자리별 점수: 평균과 10~90 백분위',
  'lab.samples': '예시 게임 (리플레이 뷰어에서 열기)',
  'lab.sample': '{ending}, 시드 {seed}',
  'lab.csv': 'CSV 내보내기',
  'lab.png': '차트 내보내기 (PNG)',
  'lab.share': '이 설정의 링크 복사',
  'lab.copied': '링크를 클립보드에 복사했습니다.',
  'lab.invalid': '설정이 올바르지 않습니다: {error}',
  'lab.linkInvalid': '링크의 설정을 읽을 수 없습니다: {error}',
  'lab.failed': '실험이 중단되었습니다: {error}',
  'lab.custom': '나만의 실험',
};

export const LAB_TEXTS: Readonly<Record<Language, Readonly<Record<LabKey, string>>>> = { en, de, ko };

/** A lab text in `lang` with `{name}` placeholders filled. */
export function labText(lang: Language, key: LabKey, params?: Params): string {
  return fill(LAB_TEXTS[lang][key] ?? en[key], params);
}

/** The presets' titles and claims (src/model/data/labPresets.ts), by preset id. */
/** A preset's words: its title, its claim, and its arms' labels in the order of the preset's arms. */
export interface LabPresetText {
  title: string;
  claim: string;
  arms: readonly string[];
}

export const LAB_PRESET_TEXTS: Readonly<Record<Language, Readonly<Record<string, LabPresetText>>>> = {
  en: {
    determination: {
      title: 'Determination → deals',
      claim: "A backchannel needs the President's strong determination: a determined President reaches more deals.",
      arms: ['Determination 35', 'Determination 80'],
    },
    liberalSeoul: {
      title: 'Liberal Seoul → inter-Korean relations',
      claim:
        'A Democratic Party government in Seoul would favour engagement, like Kim Dae-jung, Roh Moo-hyun and Moon Jae-in: inter-Korean relations improve.',
      arms: ['Conservative Seoul', 'Liberal Seoul'],
    },
    exercises: {
      title: 'Exercises → alliance',
      claim:
        'Trump called the joint exercises "war games" and might cancel them, leaving Seoul vulnerable: suspended exercises weaken the alliance.',
      arms: ['Exercises held', 'Exercises suspended'],
    },
    ukraine: {
      title: 'Ukraine settlement → Russia ties',
      claim: 'A settlement of the Ukraine war under Trump could make the North Korea–Russia partnership uncertain: Russia ties weaken.',
      arms: ['Ukraine at war', 'Ukraine settled'],
    },
    recognition: {
      title: "Recognition → Seoul's nuclear support",
      claim:
        "Formal US recognition of North Korea as a nuclear state is Seoul's worst case: support for Seoul's own nuclear weapons rises.",
      arms: ['Never recognized', 'Recognized when possible'],
    },
    leak: {
      title: 'A leaked channel → harder talks',
      claim:
        'Secret talks let officials test readiness without public scrutiny; a leaked channel makes formal talks and a deal harder to reach.',
      arms: ['Channel stays secret', 'Channel leaks early'],
    },
  },
  de: {
    determination: {
      title: 'Entschlossenheit → Abkommen',
      claim:
        'Ein Hintergrundkanal braucht die starke Entschlossenheit des Präsidenten: Ein entschlossener Präsident erreicht mehr Abkommen.',
      arms: ['Entschlossenheit 35', 'Entschlossenheit 80'],
    },
    liberalSeoul: {
      title: 'Liberales Seoul → innerkoreanische Beziehungen',
      claim:
        'Eine Regierung der Demokratischen Partei in Seoul würde wie Kim Dae-jung, Roh Moo-hyun und Moon Jae-in auf Annäherung setzen: Die innerkoreanischen Beziehungen verbessern sich.',
      arms: ['Konservatives Seoul', 'Liberales Seoul'],
    },
    exercises: {
      title: 'Manöver → Bündnis',
      claim:
        'Trump nannte die gemeinsamen Manöver „Kriegsspiele“ und könnte sie absagen, was Seoul verwundbar machte: Ausgesetzte Manöver schwächen das Bündnis.',
      arms: ['Manöver finden statt', 'Manöver ausgesetzt'],
    },
    ukraine: {
      title: 'Frieden in der Ukraine → Bindung an Russland',
      claim:
        'Eine Beilegung des Ukrainekriegs unter Trump könnte die Partnerschaft zwischen Nordkorea und Russland unsicher machen: Die Bindung an Russland wird schwächer.',
      arms: ['Krieg in der Ukraine', 'Frieden in der Ukraine'],
    },
    recognition: {
      title: 'Anerkennung → Zustimmung zu Seouls Atomwaffen',
      claim:
        'Die formelle Anerkennung Nordkoreas als Atommacht durch die USA ist Seouls schlimmster Fall: Die Zustimmung zu eigenen Atomwaffen steigt.',
      arms: ['Nie anerkannt', 'Anerkannt, sobald möglich'],
    },
    leak: {
      title: 'Ein enthüllter Kanal → schwierigere Gespräche',
      claim:
        'Geheime Gespräche erlauben es, die Bereitschaft ohne öffentliche Beobachtung zu prüfen; ein enthüllter Kanal erschwert formelle Gespräche und ein Abkommen.',
      arms: ['Kanal bleibt geheim', 'Kanal wird früh enthüllt'],
    },
  },
  ko: {
    determination: {
      title: '결단력 → 합의',
      claim: '비밀 채널에는 대통령의 강한 결단이 필요합니다. 결단력 있는 대통령은 더 많은 합의에 이릅니다.',
      arms: ['결단력 35', '결단력 80'],
    },
    liberalSeoul: {
      title: '진보 정부의 서울 → 남북 관계',
      claim: '서울의 민주당 정부는 김대중·노무현·문재인처럼 관여를 선호할 것입니다. 남북 관계가 나아집니다.',
      arms: ['보수 정부의 서울', '진보 정부의 서울'],
    },
    exercises: {
      title: '연합훈련 → 동맹',
      claim: '트럼프는 연합훈련을 "전쟁 게임"이라 부르며 취소할 수 있고, 그러면 서울은 취약해집니다. 훈련 중단은 동맹을 약화시킵니다.',
      arms: ['연합훈련 실시', '연합훈련 중단'],
    },
    ukraine: {
      title: '우크라이나 종전 → 러시아와의 유대',
      claim: '트럼프 아래 우크라이나 전쟁이 끝나면 북러 협력이 불확실해질 수 있습니다. 러시아와의 유대가 약해집니다.',
      arms: ['우크라이나 전쟁 지속', '우크라이나 종전'],
    },
    recognition: {
      title: '핵보유국 인정 → 서울의 핵무장 지지',
      claim: '미국이 북한을 핵보유국으로 공식 인정하는 것은 서울의 최악의 시나리오입니다. 자체 핵무장 지지가 높아집니다.',
      arms: ['인정하지 않음', '가능하면 인정'],
    },
    leak: {
      title: '채널 노출 → 더 어려운 협상',
      claim: '비밀 협상은 대중의 감시 없이 의지를 시험하게 해 줍니다. 채널이 노출되면 공식 협상과 합의가 더 어려워집니다.',
      arms: ['채널 비밀 유지', '채널 조기 노출'],
    },
  },
};
