using Spectre.Console;
using Supple.Cli.Infrastructure;
using Supple.Core.Content;
using Supple.Core.Planning;
using Supple.Core.Sessions;
using Supple.Data;

namespace Supple.Cli.Reminders;

/// <summary>
/// "Today's stretches" for <c>supple start</c> when it is run without --only or --level: the saved plan after the
/// safety rules, or <c>null</c> when there is no plan (then every stretch is played as before).
/// </summary>
internal static class TodaysStretches
{
    public static async Task<TodaysSession?> TryBuildAsync(CliConsole console, Programme programme, string? db, int? painBefore, CancellationToken ct)
    {
        // Most people never make a plan: find that out with one plain SQL read instead of opening the store again.
        if (SqliteDeskBreakReader.TryRead(StoreLocation.Resolve(db, console.Environment)) is { PlanJson: null })
        {
            return null;
        }

        await using var data = await PersonalData.OpenAsync(db, console, ct);
        var plan = await data.LoadPlanAsync(ct);
        if (plan is null)
        {
            return null;
        }

        var history = await data.LoadSafetyHistoryAsync(ct);
        return TodaysSessionPlanner.Build(programme, plan, history, PersonalData.Pain(painBefore), console.Time.GetUtcNow());
    }

    /// <summary>The level recorded for the session: the lowest level any of its stretches is played at.</summary>
    public static DosageLevel RecordedLevel(TodaysSession today) =>
        today.Routine.Items.Count == 0 ? DosageLevel.Gentle : today.Routine.Items.Min(i => i.Level);

    /// <summary>Shows the advice; in the live view, asks whether to start. Returns false when the person declines.</summary>
    public static bool ShowAdvice(CliConsole console, TodaysSession today, bool plain)
    {
        if (plain)
        {
            foreach (var advice in today.Advice)
            {
                console.Out.WriteLine($"advice: {advice.Title}. {advice.Message}");
            }

            return true;
        }

        if (today.Advice.Count == 0)
        {
            return true;
        }

        console.Ansi.Write(PersonalPlanView.Advice(today.Advice));
        return console.Ansi.Prompt(new ConfirmationPrompt(today.Gentle ? "Start today's gentle session?" : "Start today's session?") { DefaultValue = true });
    }
}
