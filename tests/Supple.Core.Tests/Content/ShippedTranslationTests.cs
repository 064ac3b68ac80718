using System.Globalization;
using Supple.Core.Content;

namespace Supple.Core.Tests.Content;

/// <summary>The translations that ship with Supple: complete, valid, and faithful to the English in every number.</summary>
public sealed class ShippedTranslationTests
{
    public static TheoryData<string> Languages => ["de", "es", "fr"];

    private static string Text(string language) =>
        System.IO.File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "Supple.Core", "Content", $"programme.{language}.yaml"));

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_shipped_language_has_every_key_and_passes_the_validator(string language)
    {
        var errors = ProgrammeTranslation.Check(BuiltInProgramme.Template, Text(language), $"programme.{language}.yaml", language);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_shipped_language_translates_every_text_and_every_shared_word(string language)
    {
        var translation = ProgrammeTranslations.BuiltIn.Find(language)!;

        Assert.Equal(language, translation.Language);
        Assert.All(BuiltInProgramme.Template.Texts, t => Assert.True(translation.Texts.ContainsKey(t.Key), $"{language}: {t.Key} is missing"));
        foreach (var word in new[] { "range", "prompts.hold", "prompts.release" }
            .Concat(Enum.GetValues<Position>().Select(p => "positions." + Kebab(p.ToString())))
            .Concat(Enum.GetValues<Prop>().Select(p => "props." + Kebab(p.ToString()))))
        {
            Assert.True(translation.Texts.ContainsKey(word), $"{language}: {word} is missing");
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_translated_programme_keeps_every_id_dosage_and_reference(string language)
    {
        var english = BuiltInProgramme.Instance;
        var localized = ProgrammeTranslations.BuiltIn.For(CultureInfo.GetCultureInfo(language));
        var programme = localized.Programme;

        Assert.Equal(language, localized.Language);
        Assert.Equal(english.Stretches.Select(s => (s.Id, s.Dosage.Hold, s.Dosage.Reps, s.Dosage.Sets, s.Dosage.Sides, s.Positions.Count, s.Props.Count, s.Steps.Count, s.Cues.Count)),
            programme.Stretches.Select(s => (s.Id, s.Dosage.Hold, s.Dosage.Reps, s.Dosage.Sets, s.Dosage.Sides, s.Positions.Count, s.Props.Count, s.Steps.Count, s.Cues.Count)));
        Assert.Equal(english.Stretches.Select(s => s.Dosage.Flow?.Phases.Select(p => p.Seconds).Sum()), programme.Stretches.Select(s => s.Dosage.Flow?.Phases.Select(p => p.Seconds).Sum()));
        Assert.Equal(english.References, programme.References);
        Assert.Equal(english.Transitions, programme.Transitions);
        Assert.Equal(english.Causes.Select(c => (c.Id, string.Join(",", c.ReferenceNumbers))), programme.Causes.Select(c => (c.Id, string.Join(",", c.ReferenceNumbers))));

        // Every text differs from the English (it was translated), and no placeholder is left unfilled.
        var englishTexts = new List<string>();
        var translatedTexts = new List<string>();
        Collect(english, englishTexts);
        Collect(programme, translatedTexts);
        Assert.Equal(englishTexts.Count, translatedTexts.Count);
        Assert.All(englishTexts.Zip(translatedTexts), pair => Assert.NotEqual(pair.First, pair.Second));
        Assert.All(translatedTexts, t => Assert.DoesNotContain("{", t, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("de", "shoulder-blade-squeeze", 2, "5 bis 10 Sekunden")]
    [InlineData("es", "shoulder-blade-squeeze", 2, "de 5 a 10 segundos")]
    [InlineData("fr", "shoulder-blade-squeeze", 2, "5 à 10 secondes")]
    [InlineData("de", "childs-pose", 4, "30 bis 60 Sekunden")]
    [InlineData("es", "seated-twist", 8, "de 2 a 3 series")]
    [InlineData("fr", "thoracic-extension", 7, "2 à 3 séries")]
    public void Dosage_numbers_come_from_the_programme_in_every_language(string language, string id, int step, string expected)
    {
        var stretch = ProgrammeTranslations.BuiltIn.For(CultureInfo.GetCultureInfo(language)).Programme.FindStretch(id)!;

        Assert.Contains(expected, stretch.Steps[step], StringComparison.Ordinal);
    }

    private static void Collect(Programme programme, List<string> texts)
    {
        texts.AddRange([programme.Title, programme.DailyAdvice, programme.StopRule, programme.ClosingAdvice, programme.Disclaimer]);
        texts.AddRange(programme.Causes.SelectMany(c => new[] { c.Name, c.Description }));
        texts.AddRange(programme.Benefits.SelectMany(b => new[] { b.Name, b.Description }));
        foreach (var s in programme.Stretches)
        {
            texts.AddRange([s.Name, s.Summary, s.Setup, s.Prompts.Hold, s.Prompts.Release]);
            texts.AddRange(s.Steps);
            texts.AddRange(s.Cues);
            texts.AddRange(new[] { s.Prompts.RightSide, s.Prompts.LeftSide }.OfType<string>());
            texts.AddRange(s.Dosage.Flow?.Phases.SelectMany(p => new[] { p.Name, p.Instruction }) ?? []);
        }
    }

    private static string Kebab(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
