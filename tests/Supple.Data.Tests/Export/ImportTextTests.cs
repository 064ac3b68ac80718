using System.Text.RegularExpressions;
using Supple.Core.Localization;
using Supple.Core.Tests.Localization;

namespace Supple.Data.Tests.Export;

/// <summary>
/// What reading an import file says when it refuses one comes from Data's <c>ImportText</c> in the current UI culture:
/// every key in English, every shipped language complete with the same arguments, English word for word as before,
/// the line and the field (as the file names them) kept in every language, and no plain English under the pseudo-locale.
/// </summary>
public sealed partial class ImportTextTests
{
    public static TheoryData<string> Languages => ResourceChecks.OtherLanguages;

    private const string UnknownRecordCsv = "record,id\nfoo,1\n";
    private const string ShortRowCsv = "record,id\nsession\n";
    private const string MistypedJson = "{\"format\":\"supple-history\",\"version\":1,\"sesions\":[]}";
    private const string WrongVersionJson = "{\"format\":\"supple-history\",\"version\":9,\"exportedAt\":\"2026-01-01T00:00:00Z\",\"timeZone\":\"Europe/Berlin\",\"sessions\":[],\"painEntries\":[]}";
    private const string WrongTypeJson = "{\"format\":\"supple-history\",\"version\":\"one\"}";

    [Fact]
    public void Every_key_used_in_code_is_in_the_English_resources_and_none_is_unused()
    {
        ResourceChecks.EveryKeyIsInEnglishAndNoneIsUnused(ResourceChecks.KeysOf(typeof(ImportText)), ImportText.Resources);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_shipped_language_has_every_key_and_the_same_arguments(string language)
    {
        ResourceChecks.LanguageIsComplete(ImportText.Resources, language);
    }

    [Fact]
    public void English_refusals_are_word_for_word_as_before()
    {
        using var _ = new UiCulture("en");

        Assert.Equal("line 2, field record: 'foo' is not export, session, stretch or pain.", Refusal(UnknownRecordCsv));
        Assert.Equal("line 2: 1 field, but the header has 2.", Refusal(ShortRowCsv)); // was "1 fields": a plural now
        Assert.Equal("The file is not a valid Supple history: line 1, sesions: Unknown member 'sesions'. Did you mean 'sessions'?", Refusal(MistypedJson));
        Assert.Equal("The file was not imported: version: 9 is not supported (this Supple reads version 1 to "
            + ExportDocument.CurrentVersion + ").", Refusal(WrongVersionJson));
        Assert.Equal("The file is not a valid Supple history: line 1, version: This must be a whole number.", Refusal(WrongTypeJson));
    }

    [Theory]
    [InlineData("de", "Zeile 2, Feld record: 'foo' ist weder export noch session, stretch oder pain.", "Zeile 2: 1 Feld, aber die Kopfzeile hat 2.",
        "Die Datei ist kein gültiger Supple-Verlauf: Zeile 1, sesions: Unbekanntes Element 'sesions'. Meintest du 'sessions'?",
        "Die Datei wurde nicht importiert: version: 9 wird nicht unterstützt (dieses Supple liest Version 1 bis",
        "Die Datei ist kein gültiger Supple-Verlauf: Zeile 1, version: Hier wird eine ganze Zahl erwartet.")]
    [InlineData("es", "línea 2, campo record: 'foo' no es export, session, stretch ni pain.", "línea 2: 1 campo, pero la cabecera tiene 2.",
        "El archivo no es un historial de Supple válido: línea 1, sesions: Miembro desconocido 'sesions'. ¿Querías decir 'sessions'?",
        "El archivo no se importó: version: 9 no es compatible (este Supple lee de la versión 1 a la",
        "El archivo no es un historial de Supple válido: línea 1, version: Esto debe ser un número entero.")]
    [InlineData("fr", "ligne 2, champ record : 'foo' n'est ni export, ni session, ni stretch, ni pain.", "ligne 2 : 1 champ, mais l'en-tête en a 2.",
        "Le fichier n'est pas un historique Supple valide : ligne 1, sesions : Membre inconnu 'sesions'. Vouliez-vous dire 'sessions' ?",
        "Le fichier n'a pas été importé : version: 9 n'est pas prise en charge (ce Supple lit les versions 1 à",
        "Le fichier n'est pas un historique Supple valide : ligne 1, version : Ceci doit être un nombre entier.")]
    public void Refusals_are_said_in_the_current_UI_culture_with_the_line_and_field_as_the_file_names_them(
        string language, string unknownRecord, string shortRow, string mistyped, string wrongVersion, string wrongType)
    {
        using var _ = new UiCulture(language);

        Assert.Equal(unknownRecord, Refusal(UnknownRecordCsv));
        Assert.Equal(shortRow, Refusal(ShortRowCsv));
        Assert.Equal(mistyped, Refusal(MistypedJson));
        Assert.StartsWith(wrongVersion, Refusal(WrongVersionJson), StringComparison.Ordinal);
        Assert.Equal(wrongType, Refusal(WrongTypeJson));
    }

    [Fact]
    public async Task A_missing_file_and_a_folder_are_named_in_the_current_UI_culture()
    {
        using var folder = new TempFolder();
        var missing = folder.File("nope.json");
        var rules = ImportRules.ForProgrammes(Supple.Core.Content.BuiltInProgramme.Instance);
        using var _ = new UiCulture("de");

        var none = await Assert.ThrowsAsync<FileNotFoundException>(() => ExportFile.ReadAsync(missing, rules, DateTimeOffset.UtcNow));
        var isFolder = await Assert.ThrowsAsync<FileNotFoundException>(() => ExportFile.ReadAsync(folder.Path, rules, DateTimeOffset.UtcNow));

        Assert.Equal($"{missing} gibt es nicht.", none.Message);
        Assert.Equal($"{folder.Path} ist ein Ordner, keine Exportdatei.", isFolder.Message);
    }

    [Fact]
    public void Under_the_pseudo_locale_no_refusal_has_a_plain_English_word_but_the_files_own_names()
    {
        using var _ = new UiCulture(PseudoLocale.Name);

        foreach (var text in new[] { UnknownRecordCsv, ShortRowCsv, MistypedJson, WrongVersionJson, WrongTypeJson })
        {
            var refusal = Refusal(text);
            // The file's own words stay as they are: field and column names (before a colon) and quoted values.
            var own = FilesOwnWords().Replace(refusal, "");
            Assert.True(PseudoLocale.IsTransformed(own), refusal);
        }
    }

    private static string Refusal(string text) => Assert.Throws<ImportFormatException>(() => ExportFile.Parse(text)).Message;

    [GeneratedRegex(@"'[^']*'|[\w\[\].]+(?=:)")]
    private static partial Regex FilesOwnWords();
}
