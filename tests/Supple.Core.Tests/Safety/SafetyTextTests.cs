using System.Globalization;
using System.Reflection;
using Supple.Core.Planning;
using Supple.Core.Safety;
using Supple.Core.Tests.Localization;

namespace Supple.Core.Tests.Safety;

/// <summary>
/// The safety wording every door shows (<see cref="SafetyMessages"/>, the warning signs) comes from Core's
/// <c>SafetyText</c> resources in the current UI culture: every key in English, every shipped language complete, the
/// English unchanged, and another language really in that language.
/// </summary>
public sealed class SafetyTextTests
{
    public static TheoryData<string> Languages => ResourceChecks.OtherLanguages;

    private static IEnumerable<string> Keys() =>
        typeof(SafetyText).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)
            .Concat(RedFlags.All.SelectMany(f => new[] { $"RedFlag.{f.Id}.Question", $"RedFlag.{f.Id}.Explanation" }));

    [Fact]
    public void Every_key_used_in_code_is_in_the_English_resources_and_none_is_unused()
    {
        ResourceChecks.EveryKeyIsInEnglishAndNoneIsUnused(Keys().ToList(), SafetyText.Resources);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_shipped_language_has_every_key_and_the_same_arguments(string language)
    {
        ResourceChecks.LanguageIsComplete(SafetyText.Resources, language);
    }

    [Fact]
    public void The_English_reads_as_it_always_did()
    {
        using var _ = new UiCulture("en");

        Assert.Equal("If any stretch is excruciatingly painful, stop doing it at once and see a doctor.", SafetyMessages.StopRule);
        Assert.Equal("The session has stopped. " + SafetyMessages.StopRule + " Ask a doctor or physiotherapist before you do this stretch again.", SafetyMessages.StoppedForPain);
        Assert.StartsWith("Every stretch you asked for is paused: each hurt twice within 7 days.", SafetyMessages.AllPaused, StringComparison.Ordinal);
        Assert.Equal("Get help today.", SafetyMessages.UrgencyLabel(RedFlagUrgency.SameDay));
        Assert.Equal("Do you have a high temperature, or feel hot and shivery?", RedFlags.Get(RedFlag.Fever).Question);
        Assert.StartsWith("You rated your pain 9 out of 10.", SafetyMessages.HighPain(9).Message, StringComparison.Ordinal);
        Assert.StartsWith("Your upper-back pain ratings have gone up over the last 14 days.", SafetyMessages.RisingTrend.Message, StringComparison.Ordinal);

        var outcome = new SeeDoctorOutcome(new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero), RedFlagUrgency.SameDay, [RedFlag.Fever], false, null!);
        Assert.StartsWith("Your assessment on 5 December 2026 found a reason to see a doctor before stretching. Please contact a doctor today", SafetyMessages.SeeDoctorFirst(outcome).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void In_German_the_safety_wording_is_German_and_keeps_the_programmes_stop_rule()
    {
        using var _ = new UiCulture("de");

        var stopRule = Supple.Core.Content.ProgrammeTranslations.BuiltIn.For(CultureInfo.CurrentUICulture).Programme.StopRule;
        Assert.Equal(stopRule, SafetyMessages.StopRule);
        Assert.Contains(stopRule, SafetyMessages.StoppedForPain, StringComparison.Ordinal);
        Assert.Contains(stopRule, SafetyMessages.DeskBreaksStoppedForPain, StringComparison.Ordinal);
        Assert.Equal("Hol dir heute noch Hilfe.", SafetyMessages.UrgencyLabel(RedFlagUrgency.SameDay));
        Assert.Equal("Hast du Fieber, oder fühlst du dich heiß und fröstelig?", RedFlags.Get(RedFlag.Fever).Question);
        Assert.Contains("Verletzung", Assessment.InjuryAdvice, StringComparison.Ordinal);
        Assert.StartsWith("Jede gewünschte Übung ist pausiert: Jede hat innerhalb von 7 Tagen", SafetyMessages.AllPaused, StringComparison.Ordinal);

        var outcome = new SeeDoctorOutcome(new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero), RedFlagUrgency.SameDay, [RedFlag.Fever], false, null!);
        var advice = SafetyMessages.SeeDoctorFirst(outcome);
        Assert.Equal("Zuerst ärztlich abklären", advice.Title);
        Assert.StartsWith("Deine Einschätzung vom 5. Dezember 2026 hat einen Grund ergeben", advice.Message, StringComparison.Ordinal);
        Assert.Contains("Fieber oder Schüttelfrost", advice.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("doctor", advice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_language_Supple_does_not_speak_gets_the_English_wording()
    {
        using var _ = new UiCulture("ja");

        Assert.Equal("Get help now.", SafetyMessages.UrgencyLabel(RedFlagUrgency.Emergency));
    }
}
