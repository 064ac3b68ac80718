using System.Globalization;
using Microsoft.Extensions.Localization;
using Supple.Core.Content;
using Supple.Core.Localization;
using Supple.Web.Resources;

namespace Supple.Web.Pages;

/// <summary>
/// Turns programme data (dosage, positions, props) into the short phrases the pages show, in the request's language:
/// the phrases from <see cref="WebText"/>, the words for positions and props from the <see cref="LocalizedProgramme"/>.
/// </summary>
public static class ContentText
{
    public static string Dosage(Dosage dosage, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(dosage);
        ArgumentNullException.ThrowIfNull(text);
        var parts = new List<string>();
        if (dosage.Flow is { } flow)
        {
            var phases = flow.Phases.Select(p => text.Format(WebText.DosagePhase, ("name", PageFormats.NameInSentence(p.Name)), ("seconds", p.Seconds)));
            parts.Add(text.Format(WebText.DosageFlowRounds, ("reps", dosage.Reps.ToString()), ("phases", Join(text, WebText.DosageAnd, phases))));
        }
        else
        {
            if (dosage.Hold is { } hold)
            {
                parts.Add(text.Format(WebText.DosageHold, ("hold", hold.ToString())));
            }

            if (dosage.Reps.Max > 1)
            {
                parts.Add(text.Format(WebText.DosageReps, ("reps", dosage.Reps.ToString())));
            }
        }

        if (dosage.Sets.Max > 1)
        {
            parts.Add(text.Format(WebText.DosageSets, ("sets", dosage.Sets.ToString())));
        }

        if (dosage.EachSide)
        {
            parts.Add(text[dosage.Sides == SideOrder.RightThenLeft ? WebText.DosageEachSideRightFirst : WebText.DosageEachSideLeftFirst]);
        }

        return Capitalise(Join(text, WebText.DosageSeparator, parts));
    }

    public static string Positions(IEnumerable<Position> positions, LocalizedProgramme programme, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return Capitalise(Join(text, WebText.ContentOr, positions.Select(programme.PositionName)));
    }

    public static string Props(IEnumerable<PropRequirement> props, LocalizedProgramme programme, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return Capitalise(Join(text, WebText.ContentAndAlso, props.Select(p => Join(text, WebText.ContentOr, p.AnyOf.Select(programme.PropName)))));
    }

    /// <summary>Joins texts pairwise with a two-argument message (<c>{first}</c>, <c>{second}</c>).</summary>
    private static string Join(IStringLocalizer text, string key, IEnumerable<string> parts) =>
        parts.Aggregate("", (first, second) => first.Length == 0 ? second : text.Format(key, ("first", first), ("second", second)));

    private static string Capitalise(string text)
    {
        // The pseudo-locale brackets every text: capitalise the first character after its brackets.
        var i = text.TakeWhile(c => c == '[').Count();
        return i >= text.Length ? text : text[..i] + char.ToUpper(text[i], CultureInfo.CurrentCulture) + text[(i + 1)..];
    }
}
