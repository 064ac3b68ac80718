using Supple.Core.Content;
using Supple.Core.Planning;
using Supple.Core.Sessions;
using Supple.Web.Pictures;

namespace Supple.Web.Api;

/// <summary>The saved plan with today's safety rules applied.</summary>
public sealed record PlanResponse(
    DateTimeOffset CreatedAt,
    IReadOnlyList<string> Causes,
    IReadOnlyList<string> Props,
    IReadOnlyList<PlanStretchResponse> Stretches,
    IReadOnlyList<OmittedStretchResponse> Omitted,
    bool SuggestDeskBreaks,
    TodayResponse Today)
{
    internal static PlanResponse From(Programme programme, Plan plan, TodaysSession today)
    {
        var progress = today.Progress.ToDictionary(p => p.StretchId, StringComparer.Ordinal);
        string Name(string id) => programme.FindStretch(id)?.Name ?? id;
        return new(
            plan.CreatedAt,
            [.. plan.Causes.Select(PainCauseIds.Of)],
            [.. plan.Props.Select(AssessmentQuestions.PropId)],
            [.. plan.Stretches.Select(s =>
            {
                var p = progress.GetValueOrDefault(s.StretchId);
                var level = today.Gentle ? DosageLevel.Gentle : p?.Level ?? DosageLevel.Gentle;
                return new PlanStretchResponse(
                    s.StretchId, Name(s.StretchId), s.Emphasis, s.Why, s.PropNote, level,
                    p?.IsPaused ?? false, p?.PausedSince, p?.LastChange, PictureCatalog.ForStretch(s.StretchId));
            })],
            [.. plan.Omitted.Select(o => new OmittedStretchResponse(o.StretchId, Name(o.StretchId), o.Why, o.ReplacedBy))],
            plan.SuggestDeskBreaks,
            new TodayResponse(
                today.Gentle,
                Application.GuidedSessions.RecordedLevel(today.Routine),
                [.. today.Routine.Items.Select(i => i.StretchId)],
                [.. today.Advice.Select(AdviceResponse.From)]));
    }
}
