package org.newsfigures.core.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfigures.core.attribution.CountryMention.Role;
import org.newsfigures.core.text.ClauseSplitter;
import org.newsfigures.core.text.StartCharPattern;

/**
 * Finds tariffs a sentence states without a rate, which the figure extractor therefore never sees: one per clause
 * that names a tariff word, no rate, an imposer, and a target or a product. The imposer is the country owning the
 * tariff word ("Trump’s tariffs", "Chinese counter-tariffs"), else the clause's first actor or owner before it
 * ("Beijing retaliated with its own tariffs"); the target is the first country after "on"/"from"/"against" in the
 * clause; the products are those named after the tariff word; the status comes from {@link TariffActions}. A clause
 * with a rate is left to the rate's figure. Immutable and thread-safe.
 */
public record TariffMentionFinder(CountryMentions countries, ProductMentions products, TariffActions actions) {
  private static final StartCharPattern TARIFF_WORD =
      StartCharPattern.ofWords(
          "(?<![\\p{L}-])(?:counter-)?(?:tariffs?|duty|duties|levies|levy|surtax)\\b",
          Pattern.CASE_INSENSITIVE,
          List.of("counter-", "tariff", "duty", "duties", "levies", "levy", "surtax"));
  /** Between a country and the tariff word it owns: "Trump’s tariffs", "Trump-era tariffs", "Chinese counter-tariffs". */
  private static final Pattern OWNS = Pattern.compile("(?:['’]s)?(?:-\\p{L}+)?\\s+");
  /** "Canada has been hit by … tariffs": the country before is the one the tariff falls on, not its imposer. */
  private static final Pattern STRUCK_BY =
      Pattern.compile("(?i)\\b(?:affected|hit|hurt|struck|targeted|squeezed|battered|punished)\\s+by\\b");
  private static final Pattern RATE = Pattern.compile("(?i)\\d(?:[\\d.,]*)\\s*(?:%|per\\s*cent|percent)");

  public static TariffMentionFinder fromReference() {
    return new TariffMentionFinder(
        CountryMentions.fromReference(), ProductMentions.fromReference(), TariffActions.fromReference());
  }

  public List<TariffMention> find(String sentence) {
    List<TariffMention> found = new ArrayList<>();
    // Most sentences name no tariff: only those that do need their countries read.
    if (!TARIFF_WORD.scan(sentence).find()) {
      return found;
    }
    List<CountryMention> mentions = countries.find(sentence);
    StartCharPattern.Scan tariffs = TARIFF_WORD.scan(sentence);
    int searchedUpTo = 0;
    while (tariffs.find()) {
      Matcher tariff = tariffs.match();
      if (tariff.start() < searchedUpTo) {
        continue;
      }
      int[] clause = ClauseSplitter.ACTORS.around(sentence, tariff.start());
      searchedUpTo = clause[1];
      String clauseText = sentence.substring(clause[0], clause[1]);
      if (RATE.matcher(clauseText).find()) {
        continue;
      }
      Optional<CountryMention> owner =
          mentions.stream()
              .filter(m -> m.end() <= tariff.start() && OWNS.matcher(sentence.substring(m.end(), tariff.start())).matches())
              .findFirst();
      Optional<CountryMention> struck = mentions.stream()
          .filter(m -> m.start() >= clause[0] && m.end() <= tariff.start() && m.role() != Role.OBJECT)
          .filter(m -> STRUCK_BY.matcher(sentence).region(m.end(), tariff.start()).find())
          .findFirst();
      Optional<CountryMention> imposer =
          owner.or(() -> mentions.stream()
              .filter(m -> m.start() >= clause[0] && m.end() <= tariff.end() && m.role() != Role.OBJECT)
              .filter(m -> struck.isEmpty() || m != struck.get())
              .findFirst());
      Optional<CountryMention> target =
          mentions.stream()
              .filter(m -> m.start() >= tariff.end() && m.end() <= clause[1] && m.role() == Role.OBJECT)
              .filter(m -> imposer.isEmpty() || !m.code().equals(imposer.get().code()))
              .findFirst()
              .or(() -> struck.filter(m -> imposer.isEmpty() || !m.code().equals(imposer.get().code())));
      List<String> covered = products.find(sentence.substring(tariff.start(), clause[1]));
      if (imposer.isPresent() && (target.isPresent() || !covered.isEmpty())) {
        found.add(new TariffMention(
            imposer.get().code(),
            target.map(CountryMention::code).orElse(null),
            covered,
            actions.statusBefore(sentence, tariff.end()),
            clauseText.strip()));
      }
    }
    return found;
  }
}
