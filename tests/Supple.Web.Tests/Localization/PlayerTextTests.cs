using System.Globalization;
using System.Reflection;
using System.Resources;
using Supple.Core.Localization;
using Supple.Web.Resources;

namespace Supple.Web.Tests.Localization;

/// <summary>
/// The browser scripts' strings: every key in English, every shipped language complete and well formed, and what the
/// pages hand to the scripts.
/// </summary>
public sealed class PlayerTextTests
{
    private static readonly ResourceManager Resources = new(typeof(PlayerText));

    public static TheoryData<string> Languages => [.. SuppleCultures.Languages.Where(l => l != SuppleCultures.English)];

    [Fact]
    public void Every_key_used_in_code_is_in_the_English_resources()
    {
        var keys = typeof(PlayerText).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        var localizer = new SuppleStringLocalizer(Resources, SuppleCultures.Get("en"));

        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.False(localizer[key].ResourceNotFound, key));
        Assert.Equal(keys.Order(StringComparer.Ordinal), localizer.GetAllStrings(includeParentCultures: true).Select(s => s.Name));
        Assert.All(keys, key => Assert.True(key.StartsWith(ScriptTexts.PlayerPrefix, StringComparison.Ordinal)
            || key.StartsWith(ScriptTexts.SharedPrefix, StringComparison.Ordinal), key));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_shipped_language_has_every_key_and_the_same_arguments(string language)
    {
        var problems = ResourceTranslationCheck.Check(Resources, language, out var missing);

        Assert.Empty(problems);
        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_scripts_get_every_message_in_the_language(string language)
    {
        var english = ScriptTexts.Of(new SuppleStringLocalizer(Resources, SuppleCultures.Get("en")), ScriptTexts.PlayerPrefix);
        var translated = ScriptTexts.Of(new SuppleStringLocalizer(Resources, SuppleCultures.Get(language)), ScriptTexts.PlayerPrefix);

        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), translated.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Session", english["Title"]);
        Assert.NotEqual(english["Rep"], translated["Rep"]);
    }

    [Fact]
    public void The_shared_script_texts_follow_the_current_culture()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = SuppleCultures.Get("de");
            Assert.Equal("Auf diesem Gerät gespeichert", Supple.Web.Pwa.PwaText.Sessions["doneTitleOnDevice"]);
            Assert.Equal("Eine neue Version ist bereit.", Supple.Web.Pwa.PwaText.UpdateReady);
            CultureInfo.CurrentUICulture = SuppleCultures.Get("en");
            Assert.Equal("Saved on this device", Supple.Web.Pwa.PwaText.Sessions["doneTitleOnDevice"]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
