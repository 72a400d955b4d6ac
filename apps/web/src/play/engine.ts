// The generators and the bundled facts: loaded for a link whose quiz asks for generated questions.
export { generateQuiz, loadVoice } from "@nklabor/quiz";
