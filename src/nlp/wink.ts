import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | null = null;

/** The shared wink-nlp instance, built on first use (loading the model takes ~100 ms). */
export function wink(): Wink {
  instance ??= winkNLP(model);
  return instance;
}
