using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Supple.Application;
using Supple.Core.Content;
using Supple.Core.Localization;
using Supple.Core.Planning;
using Supple.Core.Reminders;
using Supple.Core.Safety;
using Supple.Core.Sessions;
using Supple.Web.Resources;

namespace Supple.Web.Pages;

/// <summary>
/// The saved plan with today's safety rules applied (each stretch's why, prop note, level, paused stretches, advice),
/// the way into today's session from it, and the daily reminder.
/// </summary>
public sealed class PlanModel(SuppleApp app, LocalizedProgramme localized, IStringLocalizer<WebText> text) : PageModel
{
    /// <summary>The programme in the request's language (what the page shows).</summary>
    public Programme Programme => localized.Programme;

    /// <summary>Why no routine is offered, while the safety gate is closed.</summary>
    public SafetyAdvice? Refusal { get; private set; }

    public Plan? Plan { get; private set; }

    public TodaysSession? Today { get; private set; }

    /// <summary>Why the saved plan cannot be shown, when it is damaged.</summary>
    public string? Problem { get; private set; }

    public ReminderSettings Reminders { get; private set; } = ReminderSettings.None;

    public string? ReminderProblem { get; private set; }

    public string? ReminderMessage { get; private set; }

    /// <summary>The desk-break hours to show: the saved ones, else weekdays 09:00–17:00 as a suggestion.</summary>
    public DeskBreakHours BreakHours => Reminders.BreakHours ?? DeskBreakHours.Weekdays;

    /// <summary>Monday first, as a working week is read.</summary>
    public static IReadOnlyList<DayOfWeek> Week { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public string BreakStatus => Reminders.BreakHours is { } hours
        ? text.Format(WebText.PlanBreaksOn, ("days", string.Join(", ", Week.Where(hours.Days.Contains).Select(DayText))), ("from", PageFormats.Time(hours.From)), ("to", PageFormats.Time(hours.To)))
        : text[WebText.PlanNoBreaks];

    /// <summary>A day's short name in the request's language ("Mon", "Mo", "lun").</summary>
    public static string DayText(DayOfWeek day) => CultureInfo.CurrentCulture.DateTimeFormat.GetAbbreviatedDayName(day);

    /// <summary>True right after the assessment made this plan.</summary>
    public bool JustMade { get; private set; }

    public async Task OnGetAsync(int? made, CancellationToken ct)
    {
        JustMade = made == 1;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostReminderAsync(string? dailyAt, string? off, CancellationToken ct)
    {
        if (off is not null)
        {
            await app.Reminders.SetAsync(null, off: true, breakEvery: null, ct);
            ReminderMessage = text[WebText.PlanDailyOff];
        }
        else if (ReminderText.TryParseTimeOfDay(dailyAt, out var at))
        {
            await app.Reminders.SetAsync(at, off: false, breakEvery: null, ct);
            ReminderMessage = text.Format(WebText.PlanDailySaved, ("time", PageFormats.Time(at)));
        }
        else
        {
            ReminderProblem = text[WebText.PlanTimeInvalid];
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeskBreaksAsync(string? from, string? to, string[]? days, string? off, CancellationToken ct)
    {
        var current = await app.Reminders.SettingsOrNoneAsync(ct);
        if (off is not null)
        {
            await app.Reminders.SetDeskBreakHoursAsync(null, ct);
            ReminderMessage = text[WebText.PlanBreaksOff];
        }
        else
        {
            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            if (new Api.DeskBreaksRequest(from, to, days).Validate(current, errors) is { } hours)
            {
                await app.Reminders.SetDeskBreakHoursAsync(hours, ct);
                ReminderMessage = text[WebText.PlanBreaksSaved];
            }
            else
            {
                ReminderProblem = string.Join(" ", errors.Values.SelectMany(v => v));
                Response.StatusCode = StatusCodes.Status400BadRequest;
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    public string NameOf(string stretchId) => Programme.FindStretch(stretchId)?.Name ?? stretchId;

    public DosageProgress? ProgressOf(string stretchId) => Today?.Progress.FirstOrDefault(p => p.StretchId == stretchId);

    public DosageLevel LevelOf(string stretchId) =>
        Today is { Gentle: true } ? DosageLevel.Gentle : ProgressOf(stretchId)?.Level ?? DosageLevel.Gentle;

    public string LevelText(DosageLevel level) => text[level switch
    {
        DosageLevel.Gentle => WebText.PlanLevelGentle,
        DosageLevel.Full => WebText.PlanLevelFull,
        _ => WebText.PlanLevelStandard,
    }];

    public string CauseText(PainCause cause) => cause switch
    {
        PainCause.Posture => text[WebText.PlanCausePosture],
        PainCause.Sedentary => text[WebText.PlanCauseSedentary],
        PainCause.RepetitiveStrain => text[WebText.PlanCauseRepetitiveStrain],
        PainCause.InjuryOrTrauma => text[WebText.PlanCauseInjury],
        PainCause.AgeRelated => text[WebText.PlanCauseAge],
        PainCause.EmotionalStress => text[WebText.PlanCauseStress],
        _ => cause.ToString(),
    };

    /// <summary>The plan's causes, joined as a list reads in the request's language.</summary>
    public string CausesText(IEnumerable<PainCause> causes) =>
        causes.Select(CauseText).Aggregate("", (first, second) => first.Length == 0 ? second : text.Format(WebText.PlanCauseSeparator, ("first", first), ("second", second)));

    private async Task LoadAsync(CancellationToken ct)
    {
        Refusal = await app.Assessments.RefusalAsync(ct);
        try
        {
            Plan = Refusal is null ? await app.Assessments.PlanAsync(ct) : null;
            if (Plan is not null)
            {
                Today = await app.Assessments.TodayAsync(Plan, null, ct);
            }
        }
        catch (DamagedDocumentException ex)
        {
            Plan = null;
            Problem = ex.Message;
        }

        try
        {
            Reminders = (await app.Reminders.GetAsync(ct)).Settings;
        }
        catch (DamagedDocumentException ex)
        {
            ReminderProblem = ex.Message;
        }
    }
}
