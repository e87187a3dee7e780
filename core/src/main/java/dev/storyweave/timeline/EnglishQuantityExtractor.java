package dev.storyweave.timeline;

import dev.storyweave.model.AnalyzedText;
import dev.storyweave.model.Mention;
import dev.storyweave.model.Quantity;
import dev.storyweave.text.NumberWords;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/*
 * A quantity is a number next to a unit word from a closed list; a bare number is not one (it may
 * be a year, a count of people, a page). Units are converted to one base unit per dimension so
 * that different wordings of the same figure ("1,000 kilometers (620 miles)") can be compared.
 * "pounds" is left out: in news it is money as often as weight.
 */
final class EnglishQuantityExtractor implements QuantityExtractor {

  static final EnglishQuantityExtractor INSTANCE = new EnglishQuantityExtractor();

  private EnglishQuantityExtractor() {}

  /** Base unit and factor to it. */
  private record Unit(String base, double factor) {}

  private static final Map<String, Unit> UNITS =
      Map.ofEntries(
          Map.entry("mile", new Unit("km", 1.609344)),
          Map.entry("kilometer", new Unit("km", 1)),
          Map.entry("kilometre", new Unit("km", 1)),
          Map.entry("km", new Unit("km", 1)),
          Map.entry("meter", new Unit("km", 0.001)),
          Map.entry("metre", new Unit("km", 0.001)),
          Map.entry("foot", new Unit("km", 0.0003048)),
          Map.entry("feet", new Unit("km", 0.0003048)),
          Map.entry("yard", new Unit("km", 0.0009144)),
          Map.entry("square kilometer", new Unit("km2", 1)),
          Map.entry("square kilometre", new Unit("km2", 1)),
          Map.entry("square mile", new Unit("km2", 2.589988)),
          Map.entry("sq km", new Unit("km2", 1)),
          Map.entry("hectare", new Unit("km2", 0.01)),
          Map.entry("kilogram", new Unit("kg", 1)),
          Map.entry("kg", new Unit("kg", 1)),
          Map.entry("ton", new Unit("kg", 1000)),
          Map.entry("tonne", new Unit("kg", 1000)),
          Map.entry("lb", new Unit("kg", 0.45359237)),
          Map.entry("second", new Unit("day", 1.0 / 86400)),
          Map.entry("minute", new Unit("day", 1.0 / 1440)),
          Map.entry("hour", new Unit("day", 1.0 / 24)),
          Map.entry("day", new Unit("day", 1)),
          Map.entry("week", new Unit("day", 7)),
          Map.entry("month", new Unit("day", 30.436875)),
          Map.entry("year", new Unit("day", 365.2425)),
          Map.entry("percent", new Unit("%", 1)),
          Map.entry("per cent", new Unit("%", 1)),
          Map.entry("%", new Unit("%", 1)),
          Map.entry("percentage point", new Unit("%", 1)),
          Map.entry("dollar", new Unit("USD", 1)),
          Map.entry("$", new Unit("USD", 1)),
          Map.entry("us$", new Unit("USD", 1)),
          Map.entry("euro", new Unit("EUR", 1)),
          Map.entry("€", new Unit("EUR", 1)),
          Map.entry("£", new Unit("GBP", 1)),
          Map.entry("rouble", new Unit("RUB", 1)),
          Map.entry("ruble", new Unit("RUB", 1)),
          Map.entry("hryvnia", new Unit("UAH", 1)));

  private static final Map<String, Double> SCALES =
      Map.of(
          "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12, "m", 1e6, "bn", 1e9);

  private static final String NUMBER =
      "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?"
          + "|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
          + "|thirty|forty|fifty|hundred|dozen))";
  private static final String SCALE = "(?:\\s*(thousand|million|billion|trillion|bn|m)\\b)?";
  private static final String UNIT_WORD =
      "((?i:square\\s+(?:kilomet(?:er|re)|mile)s?|sq\\.?\\s*km|per\\s+cent|percentage\\s+points?"
          + "|percent|miles?|kilomet(?:er|re)s?|km|met(?:er|re)s?|feet|foot|yards?|hectares?"
          + "|kilograms?|kg|tons?|tonnes?|lbs?|seconds?|minutes?|hours?|days?|weeks?|months?|years?"
          + "|dollars?|euros?|roubles?|rubles?|hryvnias?)\\b|%)";

  private static final Pattern NUMBER_UNIT =
      Pattern.compile("(?<![\\w.,$€£])" + NUMBER + SCALE + "[\\s\\u00A0]*(?:-\\s*)?" + UNIT_WORD);
  private static final Pattern CURRENCY_NUMBER =
      Pattern.compile("(US\\$|\\$|€|£)\\s?" + NUMBER + SCALE);

  @Override
  public List<Quantity> extract(AnalyzedText text) {
    String s = text.text();
    List<Quantity> out = new ArrayList<>();
    for (Matcher m = CURRENCY_NUMBER.matcher(s); m.find(); ) {
      add(out, text, m.start(), m.end(), m.group(2), m.group(3), m.group(1));
    }
    for (Matcher m = NUMBER_UNIT.matcher(s); m.find(); ) {
      add(out, text, m.start(), m.end(), m.group(1), m.group(2), m.group(3));
    }
    out.sort(Comparator.comparingInt(q -> q.span().start()));
    return out;
  }

  private static void add(
      List<Quantity> out,
      AnalyzedText text,
      int start,
      int end,
      String number,
      String scale,
      String unitText) {
    for (Quantity q : out) {
      if (start < q.span().end() && q.span().start() < end) {
        return;
      }
    }
    Double value = parse(number);
    Unit unit = unit(unitText);
    if (value == null || unit == null) {
      return;
    }
    if (scale != null) {
      value *= SCALES.get(scale.toLowerCase(Locale.ROOT));
    }
    out.add(
        new Quantity(
            new Mention(text.text().substring(start, end), text.articleId(), start, end),
            value,
            unitText,
            unit.base(),
            value * unit.factor()));
  }

  private static Double parse(String number) {
    Integer word = NumberWords.value(number);
    if (word != null) {
      return word.doubleValue();
    }
    try {
      return Double.parseDouble(number.replace(",", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Unit unit(String written) {
    String key =
        written.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace("sq. km", "sq km");
    if (UNITS.containsKey(key)) {
      return UNITS.get(key);
    }
    if (key.equals("feet")) {
      return UNITS.get("feet");
    }
    if (key.endsWith("s") && UNITS.containsKey(key.substring(0, key.length() - 1))) {
      return UNITS.get(key.substring(0, key.length() - 1));
    }
    return null;
  }
}
