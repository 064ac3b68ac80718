using System.Globalization;
using Spectre.Console.Testing;
using Supple.Cli.Rendering;
using Supple.Core.Content;
using Supple.Core.Localization;

namespace Supple.Cli.Tests.Localization;

/// <summary>
/// <c>supple stretches</c> in a longer language: the table only where every translated name, id and side fits whole,
/// the list below that (never "derecho / , / izquier / do").
/// </summary>
public sealed class StretchesViewLanguageTests
{
    [Theory]
    [InlineData("de", "Übung · Id", "rechts, links")]
    [InlineData("es", "Estiramiento · id", "derecho, izquierdo")]
    [InlineData("fr", "Étirement · id", "droit, gauche")]
    public void The_table_fits_its_translated_values_whole_or_becomes_the_list(string language, string header, string sides)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = SuppleCultures.Get(language);
        try
        {
            var programme = ProgrammeTranslations.BuiltIn.For(CultureInfo.CurrentUICulture).Programme;
            var needed = StretchesView.NeededWidth(programme);
            Assert.True(needed > StretchesView.TableWidth, $"{language}: {needed}");

            var wide = Render(StretchesView.Render(programme), needed);
            Assert.Contains(wide, l => l.Contains(header, StringComparison.Ordinal));
            Assert.Contains(wide, l => l.Contains(sides, StringComparison.Ordinal));
            Assert.All(programme.Stretches, s =>
            {
                Assert.Contains(wide, l => l.Contains(s.Name, StringComparison.Ordinal));
                Assert.Contains(wide, l => l.Contains(s.Id, StringComparison.Ordinal));
            });

            var narrower = Render(StretchesView.Render(programme), needed - 1);
            Assert.DoesNotContain(narrower, l => l.Contains(header, StringComparison.Ordinal)); // the list, no table
            Assert.Contains(narrower, l => l.Contains(sides, StringComparison.Ordinal));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void English_keeps_its_table_width()
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = SuppleCultures.Get("en");
        try
        {
            Assert.True(StretchesView.NeededWidth(BuiltInProgramme.Instance) <= 80);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private static string[] Render(Spectre.Console.Rendering.IRenderable renderable, int width)
    {
        using var console = new TestConsole().Width(width).Height(400);
        console.Profile.Capabilities.Unicode = true;
        console.Write(renderable);
        var lines = console.Output.TrimEnd('\n').Split('\n');
        Assert.All(lines, l => Assert.True(l.TrimEnd().Length <= width, $"wider than {width}: '{l}'"));
        return lines;
    }
}
