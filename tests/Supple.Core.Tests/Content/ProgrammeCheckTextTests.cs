using Supple.Core.Content;
using Supple.Core.Tests.Localization;

namespace Supple.Core.Tests.Content;

/// <summary>
/// The programme validator's messages come from Core's <c>ProgrammeCheckText</c> in the current UI culture (so far
/// <c>YamlPreflight</c>'s): every key in English, every language complete with the same arguments, the English
/// unchanged, German really German with the names as typed.
/// </summary>
public sealed class ProgrammeCheckTextTests
{
    private const string TwiceAndAlias = "name: one\nname: two\n";

    public static TheoryData<string> Languages => ResourceChecks.OtherLanguages;

    [Fact]
    public void Every_key_used_in_code_is_in_the_English_resources_and_none_is_unused()
    {
        ResourceChecks.EveryKeyIsInEnglishAndNoneIsUnused(ResourceChecks.KeysOf(typeof(ProgrammeCheckText)), ProgrammeCheckText.Resources);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_shipped_language_has_every_key_and_the_same_arguments(string language)
    {
        ResourceChecks.LanguageIsComplete(ProgrammeCheckText.Resources, language);
    }

    [Fact]
    public void In_English_the_preflight_messages_read_as_they_always_did()
    {
        using var _ = new UiCulture("en");

        Assert.Equal("The field 'name' appears twice here. Keep one of them (each field may be given only once).", FirstMessage(TwiceAndAlias));
        Assert.Equal("Aliases (*a) are not supported in programme files. Write the value out in full.", FirstMessage("x: &a 1\ny: *a\n", skipAnchor: true));
        var notYaml = FirstMessage("name: [one, two\n");
        Assert.StartsWith("This is not valid YAML: ", notYaml, StringComparison.Ordinal);
        Assert.EndsWith(" Check the indentation and the quotes on this line and the one before it.", notYaml, StringComparison.Ordinal);
        Assert.Equal("The file holds more than one YAML document. A programme file is a single document: remove the '---' line and everything after it, or merge the two parts.", FirstMessage("name: one\n---\nname: two\n"));
    }

    [Fact]
    public void In_German_the_preflight_messages_are_German_and_the_names_as_typed()
    {
        using var _ = new UiCulture("de");

        Assert.Equal("Das Feld 'name' steht hier zweimal. Behalte eines davon (jedes Feld darf nur einmal angegeben werden).", FirstMessage(TwiceAndAlias));
        Assert.Equal("Anker (&a) werden in Programmdateien nicht unterstützt. Entferne den Anker und schreibe jeden Wert vollständig aus.", FirstMessage("x: &a 1\ny: *a\n"));
        var notYaml = FirstMessage("name: [one, two\n");
        Assert.StartsWith("Das ist kein gültiges YAML: ", notYaml, StringComparison.Ordinal);
        Assert.EndsWith(" Prüfe die Einrückung und die Anführungszeichen in dieser Zeile und in der davor.", notYaml, StringComparison.Ordinal);
        Assert.Equal("Die Datei enthält mehr als ein YAML-Dokument. Eine Programmdatei ist ein einziges Dokument: Entferne die Zeile '---' und alles danach, oder füge die beiden Teile zusammen.", FirstMessage("name: one\n---\nname: two\n"));
    }

    private static string FirstMessage(string yaml, bool skipAnchor = false)
    {
        if (skipAnchor)
        {
            // An alias whose anchor is not written: the alias is the first thing the preflight refuses.
            yaml = yaml.Replace("&a ", "", StringComparison.Ordinal);
        }

        var ex = Assert.Throws<ProgrammeValidationException>(() => ProgrammeLoader.Parse(yaml, "programme.yaml"));
        return ex.Errors[0].Message;
    }
}
