using System.Reflection;
using System.Resources;
using Supple.Core.Localization;
using Supple.Web.Resources;

namespace Supple.Web.Tests.Localization;

/// <summary>The web app's interface strings: every key in English, every shipped language complete and well formed.</summary>
public sealed class WebTextTests
{
    private static readonly ResourceManager Resources = new(typeof(WebText));

    public static TheoryData<string> Languages => [.. SuppleCultures.Languages.Where(l => l != SuppleCultures.English)];

    [Fact]
    public void Every_key_used_in_code_is_in_the_English_resources()
    {
        var keys = typeof(WebText).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        var localizer = new SuppleStringLocalizer(Resources, SuppleCultures.Get("en"));

        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.False(localizer[key].ResourceNotFound, key));
        Assert.Equal(keys.Order(StringComparer.Ordinal), localizer.GetAllStrings(includeParentCultures: true).Select(s => s.Name));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_shipped_language_has_every_key_and_the_same_arguments(string language)
    {
        var problems = ResourceTranslationCheck.Check(Resources, language, out var missing);

        Assert.Empty(problems);
        Assert.Empty(missing);
    }
}
