using System.Reflection;
using Supple.Cli.Resources;
using Supple.Core.Localization;

namespace Supple.Cli.Tests.Localization;

/// <summary>The supple command's interface strings: every key in English, every shipped language complete and well formed.</summary>
public sealed class CliTextTests
{
    public static TheoryData<string> Languages => [.. SuppleCultures.Languages.Where(l => l != SuppleCultures.English)];

    [Fact]
    public void Every_key_used_in_code_is_in_the_English_resources()
    {
        var keys = typeof(CliText).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();

        var english = new SuppleStringLocalizer(CliText.Resources, SuppleCultures.Get("en"));

        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.False(english[key].ResourceNotFound, key));
        Assert.Equal(keys.Order(StringComparer.Ordinal), english.GetAllStrings(includeParentCultures: true).Select(s => s.Name)); // and none unused
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_shipped_language_has_every_key_and_the_same_arguments(string language)
    {
        var problems = ResourceTranslationCheck.Check(CliText.Resources, language, out var missing);

        Assert.Empty(problems);
        Assert.Empty(missing);
    }
}
