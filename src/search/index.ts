export { AnswerEngine, ENGINE_VERSION, DEFAULT_THRESHOLD, type EngineOptions, type AskOptions } from './engine.ts';
export { Analyzer } from './analyzer.ts';
export { parseQuestion, answerTypeOf, type AnswerType, type QuestionIntent, type DateRange } from './question.ts';
export { displayDate } from './dates.ts';
export { abstention, attribution, statedDates, MAX_CITATIONS } from './compose.ts';
export { answerToJSON, type Answer, type AnswerJSON, type Citation } from './types.ts';
