package org.newsfigures.core.attribution;

/**
 * A country named in a sentence.
 *
 * @param code ISO 3166 alpha-2 code
 * @param words the words as written ("Canada’s", "Ottawa", "Chinese")
 * @param start UTF-16 start in the sentence
 * @param end UTF-16 end, exclusive
 * @param role how the sentence uses it
 * @param demonym whether the words are the country's adjective ("Chinese"): the goods' origin in "Chinese car imports"
 */
public record CountryMention(String code, String words, int start, int end, Role role, boolean demonym) {

  /** The grammatical position that decides subject and counterpart. */
  public enum Role {
    /** After a preposition of direction or target: "to China", "from China", "on Canadian canola". */
    OBJECT,
    /** Possessive or demonym used as an adjective: "Canada’s", "Canadian exports". */
    OWNER,
    /** Anything else, typically the clause's grammatical subject: "Ottawa imposed", "the US remains". */
    ACTOR
  }

  int distanceTo(int spanStart, int spanEnd) {
    return new PhraseMatch<>(code, words, start, end).distanceTo(spanStart, spanEnd);
  }
}
