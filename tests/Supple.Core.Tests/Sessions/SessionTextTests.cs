using Supple.Core.Content;
using Supple.Core.Localization;
using Supple.Core.Sessions;
using Supple.Core.Tests.Localization;

namespace Supple.Core.Tests.Sessions;

/// <summary>
/// The engine's own cues between the programme's prompts (rest before a set, switch sides, which side, the end) come
/// from Core's <c>SessionText</c> in the current UI culture, so a timeline built for a German reader is German
/// throughout and the player speaks it with a German voice: every key in English, every language complete, the English
/// unchanged, German really German.
/// </summary>
public sealed class SessionTextTests
{
    public static TheoryData<string> Languages => ResourceChecks.OtherLanguages;

    [Fact]
    public void Every_key_used_in_code_is_in_the_English_resources_and_none_is_unused()
    {
        ResourceChecks.EveryKeyIsInEnglishAndNoneIsUnused(ResourceChecks.KeysOf(typeof(SessionText)), SessionText.Resources);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_shipped_language_has_every_key_and_the_same_arguments(string language)
    {
        ResourceChecks.LanguageIsComplete(SessionText.Resources, language);
    }

    [Fact]
    public void In_English_the_cues_read_as_they_always_did()
    {
        using var _ = new UiCulture("en");

        var cues = EngineCues(BuiltInProgramme.Instance);

        Assert.Equal("Session complete. Well done.", cues[StepKind.Done].Single());
        Assert.Contains(cues[StepKind.SwitchSide], c => c.EndsWith(" Switch to your left side.", StringComparison.Ordinal));
        Assert.Contains(cues[StepKind.RestBetweenSets], c => c.EndsWith(" Rest before set 2 of 2.", StringComparison.Ordinal) || c.EndsWith(" Rest before set 2 of 3.", StringComparison.Ordinal));
    }

    [Fact]
    public void In_German_with_the_German_programme_every_cue_of_the_engine_is_German()
    {
        using var _ = new UiCulture("de");
        var german = ProgrammeTranslations.BuiltIn.For(SuppleCultures.Get("de")).Programme;

        var cues = EngineCues(german);

        Assert.Equal("Einheit geschafft. Gut gemacht.", cues[StepKind.Done].Single());
        Assert.Contains(cues[StepKind.SwitchSide], c => c.Contains("Wechsle auf die linke Seite.", StringComparison.Ordinal));
        Assert.Contains(cues[StepKind.RestBetweenSets], c => c.Contains("Pause vor Satz 2 von", StringComparison.Ordinal));
        Assert.DoesNotContain(cues.Values.SelectMany(c => c), c => c.Contains("Switch", StringComparison.Ordinal) || c.Contains("Rest before", StringComparison.Ordinal) || c.Contains("Well done", StringComparison.Ordinal));
    }

    private static Dictionary<StepKind, string[]> EngineCues(Programme programme)
    {
        var timeline = TimelineCompiler.Compile(programme, Routine.All(programme, DosageLevel.Full));
        return timeline.Steps.GroupBy(s => s.Kind).ToDictionary(g => g.Key, g => g.Select(s => s.Instruction).ToArray());
    }
}
