using System.Globalization;

namespace Supple.Core.Localization;

/// <summary>
/// One CLDR plural condition, parsed: <c>v = 0 and i % 10 = 2..4 and i % 100 != 12..14 or …</c>. Grammar (UTS #35):
/// condition = and_condition ('or' and_condition)*; and_condition = relation ('and' relation)*;
/// relation = operand ('%' value)? ('=' | '!=') range_list; range_list = (value | value '..' value) (',' …)*.
/// </summary>
internal sealed class PluralCondition
{
    private readonly List<List<Relation>> _alternatives;

    private PluralCondition(List<List<Relation>> alternatives) => _alternatives = alternatives;

    public static PluralCondition Parse(string text)
    {
        var alternatives = new List<List<Relation>>();
        foreach (var alternative in Split(text, " or "))
        {
            alternatives.Add([.. Split(alternative, " and ").Select(Relation.Parse)]);
        }

        return new PluralCondition(alternatives);
    }

    public bool Matches(PluralOperands operands) => _alternatives.Any(all => all.All(r => r.Matches(operands)));

    private static string[] Split(string text, string separator) =>
        text.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private sealed record Relation(char Operand, long? Modulo, bool Equal, List<(decimal From, decimal To)> Ranges)
    {
        public static Relation Parse(string text)
        {
            var equal = !text.Contains("!=", StringComparison.Ordinal);
            var parts = text.Split(equal ? "=" : "!=", 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0)
            {
                throw new FormatException($"Not a plural relation: \"{text}\".");
            }

            var expression = parts[0].Split('%', StringSplitOptions.TrimEntries);
            var modulo = expression.Length > 1 ? long.Parse(expression[1], CultureInfo.InvariantCulture) : (long?)null;
            var ranges = parts[1].Split(',', StringSplitOptions.TrimEntries).Select(range =>
            {
                var ends = range.Split("..", StringSplitOptions.TrimEntries);
                var from = decimal.Parse(ends[0], CultureInfo.InvariantCulture);
                return (from, ends.Length > 1 ? decimal.Parse(ends[1], CultureInfo.InvariantCulture) : from);
            }).ToList();
            return new Relation(expression[0].Single(), modulo, equal, ranges);
        }

        public bool Matches(PluralOperands operands)
        {
            var value = operands.Get(Operand);
            if (Modulo is { } modulo)
            {
                value %= modulo;
            }

            // A range matches whole numbers only ("n = 2..4" is false for 2.5), as CLDR defines it.
            var inRange = Ranges.Any(r => value >= r.From && value <= r.To && (r.From == r.To || value == decimal.Truncate(value)));
            return inRange == Equal;
        }
    }
}
