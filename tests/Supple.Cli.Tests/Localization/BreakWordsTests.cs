using System.Globalization;
using Supple.Breaks;
using Supple.Cli.Reminders;
using Supple.Core.Localization;

namespace Supple.Cli.Tests.Localization;

/// <summary>
/// The desk-break words <c>supple</c> hands to <c>supple-breaks</c>: in English exactly the loop's own English (so a
/// job without words and one with English words read the same), and the counts of every language CLDR plurals.
/// </summary>
public sealed class BreakWordsTests
{
    private static T In<T>(string language, Func<T> read)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = SuppleCultures.Get(language);
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void The_English_words_handed_over_are_the_loops_own_English()
    {
        Assert.Equal(BreakWords.English, In("en", LocalizedBreakWords.Current));
    }

    [Fact]
    public void English_counts_are_plurals_now()
    {
        var text = new BreakText(BreakWords.English);

        Assert.Equal("could not save 1 break: disk full", text.CouldNotSave(1, "disk full"));
        Assert.Equal("could not save 2 breaks: disk full", text.CouldNotSave(2, "disk full"));
        Assert.Equal("skipped (1 skip left today)", text.Format(text.Words.Skipped, ("left", 1)));
        Assert.Equal("skipped (2 skips left today)", text.Format(text.Words.Skipped, ("left", 2)));
        Assert.Equal("done: 1 break taken, 0 skipped", text.Format(text.Words.Done, ("taken", 1), ("skipped", 0)));
    }

    [Theory]
    [InlineData("de", 1, "fertig: 1 Pause gemacht, 0 übersprungen", "1 Pause konnte nicht gespeichert werden: x")]
    [InlineData("de", 3, "fertig: 3 Pausen gemacht, 0 übersprungen", "3 Pausen konnten nicht gespeichert werden: x")]
    [InlineData("es", 1, "listo: 1 pausa hecha, 0 saltadas", "no se pudo guardar 1 pausa: x")]
    [InlineData("es", 2, "listo: 2 pausas hechas, 0 saltadas", "no se pudieron guardar 2 pausas: x")]
    [InlineData("fr", 0, "terminé : 0 pause faite, 0 sautée", "0 pause n'a pas pu être enregistrée : x")]
    [InlineData("fr", 2, "terminé : 2 pauses faites, 0 sautée", "2 pauses n'ont pas pu être enregistrées : x")]
    public void Counts_take_the_languages_plural_forms(string language, int count, string done, string couldNotSave)
    {
        var words = In(language, LocalizedBreakWords.Current);
        var text = new BreakText(words);

        Assert.Equal(language, words.Culture);
        Assert.Equal(done, text.Format(words.Done, ("taken", count), ("skipped", 0)));
        Assert.Equal(couldNotSave, text.CouldNotSave(count, "x"));
    }
}
