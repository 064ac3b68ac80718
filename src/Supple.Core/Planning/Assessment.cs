using Supple.Core.Content;
using Supple.Core.Localization;
using Supple.Core.Safety;

namespace Supple.Core.Planning;

/// <summary>
/// Turns assessment answers into an outcome: any warning sign or a recent injury means no routine and advice to
/// see a doctor first; otherwise a plan of the programme's stretches that fit the person's props, ordered and
/// weighted for their causes, each with its reason.
/// </summary>
public static class Assessment
{
    /// <summary>The article's advice on injuries, shown when a recent injury or fall is reported.</summary>
    public static string InjuryAdvice => Safety.SafetyText.Localizer[Safety.SafetyText.InjuryAdvice];

    /// <summary>Evaluates <paramref name="answers"/> against <paramref name="programme"/> at <paramref name="now"/>.</summary>
    public static AssessmentOutcome Evaluate(Programme programme, AssessmentAnswers answers, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentOutOfRangeException.ThrowIfNegative(answers.ScreenHoursPerDay);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(answers.ScreenHoursPerDay, 24);

        if (answers.RedFlags.Count > 0 || answers.RecentInjuryOrFall)
        {
            return SeeDoctor(answers);
        }

        return new PlanOffered(BuildPlan(programme, answers, now));
    }

    /// <summary>Builds the plan for answers with no warning sign (the caller has checked).</summary>
    public static Plan BuildPlan(Programme programme, AssessmentAnswers answers, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(answers);
        return Build(programme, answers.Causes(), answers.Props, now);
    }

    /// <summary>
    /// <paramref name="plan"/> with its reasons, prop notes and left-out notes in the current UI culture. A plan is
    /// saved with the words of the language it was made in; it is made again from its causes and props (the same
    /// rules, so the same stretches in the same order) and, when that gives the same stretches, shown with the new
    /// words. Otherwise (another programme, older rules) it is returned as saved.
    /// </summary>
    public static Plan InCurrentLanguage(Programme programme, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(plan);
        var again = Build(programme, plan.Causes, plan.Props, plan.CreatedAt);
        var same = again.Stretches.Select(s => (s.StretchId, s.Emphasis)).SequenceEqual(plan.Stretches.Select(s => (s.StretchId, s.Emphasis)))
            && again.Omitted.Select(o => (o.StretchId, o.ReplacedBy)).SequenceEqual(plan.Omitted.Select(o => (o.StretchId, o.ReplacedBy)));
        return same ? plan with { Stretches = again.Stretches, Omitted = again.Omitted } : plan;
    }

    private static Plan Build(Programme programme, IReadOnlyList<PainCause> causes, IReadOnlyList<Prop> props, DateTimeOffset now)
    {
        var text = PlanText.Localizer;
        var have = props.ToHashSet();

        var why = programme.Stretches.ToDictionary(s => s.Id, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var cause in causes)
        {
            foreach (var (id, reason) in StretchTargets.For(cause))
            {
                why.GetValueOrDefault(id)?.Add(reason);
            }
        }

        var available = new List<Stretch>();
        var omitted = new List<OmittedStretch>();
        var propNotes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var stretch in programme.Stretches)
        {
            var missing = new List<PropRequirement>();
            var substitutions = new List<string>();
            foreach (var requirement in Requirements(stretch))
            {
                var usable = requirement.AnyOf.Where(have.Contains).ToList();
                if (usable.Count == 0)
                {
                    missing.Add(requirement);
                }
                else if (usable[0] != requirement.AnyOf[0])
                {
                    substitutions.Add(text.Format(PlanText.UseInPlaceOf,
                        ("instead", AssessmentQuestions.PropName(usable[0])), ("usual", AssessmentQuestions.PropName(requirement.AnyOf[0]))));
                }
            }

            if (missing.Count == 0)
            {
                available.Add(stretch);
                if (substitutions.Count > 0)
                {
                    propNotes[stretch.Id] = string.Join(" ", substitutions);
                }
            }
            else
            {
                var needs = Joined(PlanText.And, missing.Select(r => Joined(PlanText.Or, r.AnyOf.Select(AssessmentQuestions.PropName))));
                omitted.Add(new OmittedStretch(stretch.Id, text.Format(PlanText.NeedsMissing, ("needs", needs)), null));
            }
        }

        // A left-out stretch hands its job (and its reasons) to a similar stretch that can be done.
        var availableIds = available.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < omitted.Count; i++)
        {
            var gone = omitted[i];
            var replacement = StretchTargets.ReplacementFor(gone.StretchId);
            if (replacement is null || !availableIds.Contains(replacement))
            {
                continue;
            }

            var goneName = programme.FindStretch(gone.StretchId)!.Name;
            omitted[i] = gone with
            {
                Why = text.Format(PlanText.TakesOver, ("reason", gone.Why), ("stretch", programme.FindStretch(replacement)!.Name)),
                ReplacedBy = replacement,
            };
            foreach (var reason in why[gone.StretchId])
            {
                why[replacement].Add(text.Format(PlanText.InPlaceOf, ("stretch", goneName), ("reason", LowerFirst(reason))));
            }
        }

        var planned = available
            .Select((s, index) => (Stretch: s, Index: index, Why: why[s.Id]))
            .OrderBy(x => Block(x.Stretch))
            .ThenBy(x => StretchTargets.IsRestingPose(x.Stretch.Id) ? 1 : 0)
            .ThenByDescending(x => x.Why.Count > 0 ? 1 : 0)
            .ThenBy(x => x.Index)
            .Select(x => new PlannedStretch(
                x.Stretch.Id,
                x.Why.Count > 0 ? StretchEmphasis.Focus : StretchEmphasis.Supporting,
                x.Why.Count > 0 ? x.Why.Distinct(StringComparer.Ordinal).ToList() : [text.Format(PlanText.DailyProgramme, ("summary", x.Stretch.Summary))],
                propNotes.GetValueOrDefault(x.Stretch.Id)))
            .ToList();

        return new Plan(
            now,
            causes,
            [.. props.Distinct().Order()],
            planned,
            omitted,
            causes.Contains(PainCause.Sedentary) || causes.Contains(PainCause.Posture));
    }

    /// <summary>
    /// What a stretch needs: its listed props, plus room on the floor or a chair when every position it can be
    /// done in needs one.
    /// </summary>
    public static IReadOnlyList<PropRequirement> Requirements(Stretch stretch)
    {
        ArgumentNullException.ThrowIfNull(stretch);
        var requirements = stretch.Props.ToList();
        bool Listed(Prop prop) => requirements.Any(r => r.AnyOf.Contains(prop));
        if (stretch.Positions.Count > 0 && stretch.Positions.All(p => p is Position.Floor or Position.HandsAndKnees or Position.Kneeling)
            && !Listed(Prop.FloorSpace))
        {
            requirements.Add(new PropRequirement([Prop.FloorSpace]));
        }

        if (stretch.Positions.Count > 0 && stretch.Positions.All(p => p is Position.ChairEdge) && !Listed(Prop.Chair))
        {
            requirements.Add(new PropRequirement([Prop.Chair]));
        }

        return requirements;
    }

    // Upright stretches first, then the chair, then the floor, so the person gets down only once.
    private static int Block(Stretch stretch) =>
        stretch.Positions.Any(p => p is Position.Standing or Position.Sitting) ? 0
        : stretch.Positions.Any(p => p is Position.ChairEdge) ? 1
        : 2;

    // "In place of Child's pose: stress: …". Not in German, where the reason's first word is often a noun and keeps
    // its capital ("Anstelle von …: Haltung: …").
    private static string LowerFirst(string text) =>
        text.Length == 0 || SuppleCultures.LanguageOf(System.Globalization.CultureInfo.CurrentUICulture) == "de"
            ? text
            : char.ToLowerInvariant(text[0]) + text[1..];

    /// <summary>"a or b or c", "a and b", in the current UI culture.</summary>
    private static string Joined(string key, IEnumerable<string> items) =>
        items.Aggregate((a, b) => PlanText.Localizer.Format(key, ("first", a), ("second", b)));

    private static SeeDoctorFirst SeeDoctor(AssessmentAnswers answers)
    {
        var flags = answers.RedFlags.Distinct().Select(RedFlags.Get).OrderBy(f => f.Urgency).ThenBy(f => f.Flag).ToList();
        var urgency = flags.Count > 0 ? flags[0].Urgency : RedFlagUrgency.SameDay;
        var reasons = flags.Select(f => f.Explanation).ToList();
        if (answers.RecentInjuryOrFall)
        {
            reasons.Add(InjuryAdvice);
        }

        var message = flags.Count == 0 ? SafetyMessages.SeeDoctorBeforeStretching : SafetyMessages.ForUrgency(urgency);
        return new SeeDoctorFirst(flags, answers.RecentInjuryOrFall, urgency, message, reasons);
    }
}
