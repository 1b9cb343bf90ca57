/**
 * Whether a new password is too easy to guess (NIST SP 800-63B: refuse common, dictionary and
 * predictable passwords). zxcvbn-ts estimates the guesses an attacker needs, with the common password
 * lists and the Dutch words, names and places. Its dictionaries weigh some megabytes, so only server
 * code imports this module; forms show the field error the server returns.
 */
import "server-only";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary as commonDictionary } from "@zxcvbn-ts/language-common";
import { dictionary as dutchDictionary } from "@zxcvbn-ts/language-nl-be";

/** zxcvbn's score 3: about 10^8 guesses or more, "safely unguessable" for an online attack with rate limits. */
const MIN_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;

/**
 * The message key of the reason the password is refused, or null when it is strong enough.
 * `personal` are the user's own words (name, e-mail, organisation), which count as easy to guess.
 */
export function weakPassword(password: string, personal: readonly string[] = []): "validation.passwordWeak" | null {
  estimator ??= new ZxcvbnFactory({ dictionary: { ...commonDictionary, ...dutchDictionary }, graphs: adjacencyGraphs });
  const words = personal.flatMap((s) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 3);
  return estimator.check(password, words).score < MIN_SCORE ? "validation.passwordWeak" : null;
}
