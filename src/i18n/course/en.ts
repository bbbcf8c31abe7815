/** Course texts (en): cohorts and their comparison board, deadlines over days, memos, rubric, exports. Keys match across en, de and ko. */
export const course: Record<string, string> = {
  // Memo prompts, each tied to claims of the article (GAME-BRIEF claim numbers).
  'course.memo.prompt.us':
    'What must happen at home before Washington can talk in public, and what can it offer in secret meanwhile? (claims 5 and 6)',
  'course.memo.prompt.dprk': 'What would make talks with Washington worth more to Pyongyang than its new partners? (claims 7 and 8)',
  'course.memo.prompt.rok':
    'What must happen at home before Seoul can talk in public, and what price will it pay for a deal? (claims 9 and 10)',
  'course.rubric.claim.6': 'Uses claim 6: when a backchannel can work',
  'course.rubric.claim.7': 'Uses claim 7: what North Korea wants',
  'course.rubric.claim.10': 'Uses claim 10: what a deal costs Seoul',

  // The comparison board
  'course.compare.title': 'Comparing the cohort',
  'course.compare.lead': '{name} · {n} sessions · seed {seed}',
  'course.compare.chart': 'The indicators, every session on one chart',
  'course.compare.chartLabel': '{indicator}, month by month: {series}',
  'course.compare.moves': 'Moves month by month, side by side',
  'course.compare.month': 'Month',
  'course.compare.diverged': 'Where the worlds diverged',
  'course.compare.divergedAt': '{a} and {b} diverged in {month}:',
  'course.compare.same': '{a} and {b} have played the same moves so far.',
  'course.compare.events': 'the teacher injected other events',
  'course.compare.endings': 'Endings and scores',
  'course.compare.session': 'Session',
  'course.compare.ending': 'Ending',
  'course.compare.months': 'Months played',
  'course.compare.running': 'still running',
  'course.compare.byTeacher': 'ended by the teacher',
  'course.compare.unavailable': 'expired (its log stays in the store)',
  'course.compare.refresh': 'Refresh',
  'course.compare.csv': 'Download the cohort (CSV)',
  'course.compare.open': 'Open its console',
  'course.compare.noKey': 'Open the board in the browser that created the cohort (its key is kept there).',
  'course.compare.none': 'No month played yet.',

  // Creating a cohort
  'course.cohort.new': 'Several classes, one world (a cohort)',
  'course.cohort.hint':
    'Makes one session per class with the same seed and the settings above, under one teacher key, and a board that compares them side by side.',
  'course.cohort.name': 'Cohort name',
  'course.cohort.sessions': 'Sessions (classes)',
  'course.cohort.create': 'Create the cohort',
  'course.cohort.known': 'Cohorts created in this browser',
  'course.cohort.codes': 'Join codes: {codes}',

  // Deadlines
  'course.deadline.label': 'Play over days',
  'course.deadline.off': 'No: months run on the timer',
  'course.deadline.hours': 'A month every {n} hours',
  'course.deadline.weekdays': 'A month every weekday at the time below',
  'course.deadline.time': 'Time of day',
  'course.deadline.zone': 'Time zone',
  'course.deadline.at': 'This month resolves {when}.',
  'course.deadline.rule':
    'When the deadline comes, the sealed moves are played and a team that has not sealed one holds its position. Until then a team may change its move.',
  'course.deadline.everyHours': 'Each month is due {n} hours after it began.',
  'course.deadline.schedule': 'A month is due at {time} ({zone}) on {days}.',
  'course.notMoved': 'Not moved yet: {seats}',
  'course.allMoved': 'Every seat has sealed a move.',
  'course.resolveNow': 'Resolve this month now',
  'course.resolveAsk': 'Resolve this month now? Sealed moves are played; seats without one hold their position.',

  // Memos
  'course.memos.title': 'Position memos',
  'course.memos.months': 'Ask for a memo in these months (numbers, e.g. 3, 6, 9)',
  'course.memos.prompt': 'Prompt for {seat}',
  'course.memos.save': 'Ask for memos',
  'course.memos.none': 'No memos yet.',
  'course.memos.by': '{seat}, {month}',
  'course.memo.ask': 'Your teacher asks for a short position memo this month:',
  'course.memo.label': 'Your memo',
  'course.memo.send': 'Send the memo',
  'course.memo.sent': 'Memo sent. A new version replaces it.',

  // The team's sealed move
  'course.team.change': 'Change my move',
  'course.team.changeHint': 'You may change your sealed move until the month resolves.',

  // The negotiation table in the team panel (join.html?panel=1)
  'course.team.table.line': 'Line',
  'course.team.table.give': 'You give',
  'course.team.table.ask': 'You ask of {seat}',
  'course.team.table.build': 'Make an offer',
  'course.team.table.buildHint': 'Choose terms to give and to ask; the offer is sealed with the card you play.',
  'course.team.table.open': 'Open offers ({n})',
  'course.team.table.noOffers': 'No open offers.',
  'course.team.table.history': 'Earlier offers',
  'course.team.table.agreed': 'Agreed package',
  'course.team.table.nothing':
    'No table action this month. Make an offer, or accept or reject one addressed to you: it goes out with your card.',
  'course.team.table.noneSealed': 'No table action sealed this month.',
  'course.team.table.withCard': 'With your card: {action}.',
  'course.team.table.incomplete': 'Not complete, so not sent with your card: {problem}',
  'course.team.table.nextMonth': 'You can accept it from the month after it was made.',
  'course.team.table.blockedTerm': 'You cannot accept it now: it asks {term}, and {reason}.',
  'course.team.table.tooDear': 'You cannot accept it now: it costs {n} capital and you have {have}.',

  // On the game board (network play over days)
  'course.board.due': 'due {when}',
  'course.board.sealed': 'Sealed: {move}. You may change it until the month resolves.',
  'course.board.changing': 'Choose again: {move} stands until you seal another card.',
  'course.board.sealedSub': 'Sealed: {move}',
  'course.board.memo': 'Memo',
  'course.board.memoAsked': 'Your teacher asks',
  'course.board.memoSent': 'Sent ✓',
  'course.board.memoTitle': 'Position memo',
  'course.board.memoNone': 'Your teacher is not asking for a memo this month.',
  'course.board.memoLimit': 'Your memo (at most {max} characters)',
  'course.board.memoCount': '{n} of {max} characters',
  'course.board.memoEmpty': 'Write the memo first.',
  'course.board.memoSending': 'Sending the memo…',
  'course.board.memoRefused': 'The memo was not sent: {error}',
  'course.board.memoKeys': 'Key P opens this panel on the board · Esc closes it',

  // Rubric and exports
  'course.rubric.title': 'Rubric',
  'course.rubric.criterion': 'Criterion',
  'course.rubric.points': 'Points for {seat}: {criterion} (at most {max})',
  'course.rubric.total': 'Total',
  'course.exports.title': 'Exports',
  'course.exports.csv': 'Moves and memos (CSV)',
  'course.exports.grades': 'Grades (CSV)',
  'course.exports.transcript': 'Printable transcript',

  'course.template.title': 'Templates:',
  'course.template.lesson': '45-minute lesson',
  'course.template.weeks': 'Two-week course, a month each weekday',
  'course.template.compare': 'Two classes compared',
};
