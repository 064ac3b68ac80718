using System.Globalization;
using Supple.Core.Content;
using Supple.Core.Localization;

namespace Supple.Core.Tests.Content;

/// <summary>The pseudo-locale qps-ploc: generated from the English, longer, accented, placeholders intact.</summary>
public sealed class PseudoLocaleTests
{
    private static LocalizedProgramme Pseudo => ProgrammeTranslations.BuiltIn.For(CultureInfo.GetCultureInfo(PseudoLocale.Name));

    [Fact]
    public void Every_letter_has_an_accented_counterpart()
    {
        var accented = PseudoLocale.Transform("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

        Assert.True(PseudoLocale.IsTransformed(accented));
        Assert.Equal(52, accented.Trim('[', ']', ' ', '·').Distinct().Count());
    }

    [Fact]
    public void Placeholders_are_kept_and_the_text_lengthened_by_about_a_third()
    {
        const string english = "Keep the squeeze for {hold} seconds, then let go and rest.";
        var pseudo = PseudoLocale.Transform(english);

        Assert.StartsWith("[Ķééþ ţĥé šǫüééžé ƒöŕ {hold} šéçöñđš, ţĥéñ ļéţ ĝö áñđ ŕéšţ. ·····", pseudo, StringComparison.Ordinal);
        Assert.Contains("{hold}", pseudo, StringComparison.Ordinal);
        Assert.EndsWith("]", pseudo, StringComparison.Ordinal);
        Assert.InRange((double)pseudo.Length / english.Length, 1.30, 1.40);
        Assert.True(PseudoLocale.IsTransformed(pseudo));
        Assert.False(PseudoLocale.IsTransformed(english));
    }

    [Fact]
    public void The_pseudo_locale_transforms_every_content_string_and_keeps_the_dosage()
    {
        var pseudo = Pseudo;
        var english = BuiltInProgramme.Instance;
        var texts = new List<string>();
        ProgrammeTexts.Visit(pseudo.Programme, (_, text) => texts.Add(text));

        Assert.Equal(PseudoLocale.Name, pseudo.Language);
        Assert.Equal(BuiltInProgramme.Template.Texts.Count, texts.Count);
        Assert.All(texts, t => Assert.True(PseudoLocale.IsTransformed(t), t));
        Assert.All(texts, t => Assert.StartsWith("[", t, StringComparison.Ordinal));
        Assert.All(Enum.GetValues<Position>(), p => Assert.True(PseudoLocale.IsTransformed(pseudo.PositionName(p))));
        Assert.All(Enum.GetValues<Prop>(), p => Assert.True(PseudoLocale.IsTransformed(pseudo.PropName(p))));
        Assert.Equal(
            english.Stretches.Select(s => (s.Id, s.Dosage.Hold, s.Dosage.Reps, s.Dosage.Sets, s.Dosage.Sides, s.Dosage.Flow?.Phases.Sum(p => p.Seconds))),
            pseudo.Programme.Stretches.Select(s => (s.Id, s.Dosage.Hold, s.Dosage.Reps, s.Dosage.Sets, s.Dosage.Sides, s.Dosage.Flow?.Phases.Sum(p => p.Seconds))));
        Assert.Equal(english.References, pseudo.Programme.References);

        // The placeholders were kept, so the numbers come from the dosage: "5 ţö 10".
        Assert.Contains("5 ţö 10", pseudo.Programme.FindStretch("shoulder-blade-squeeze")!.Steps[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("qps-ploc", true)]
    [InlineData("QPS-PLOC", true)]
    [InlineData("de", false)]
    [InlineData("", false)]
    public void The_pseudo_locale_is_recognised_by_name(string name, bool expected)
    {
        Assert.Equal(expected, PseudoLocale.IsName(name));
    }
}
