using System.Reflection;
using System.Resources;
using Supple.Core.Localization;

namespace Supple.Core.Tests.Localization;

/// <summary>
/// The two checks every resource of Core's gets (SafetyText, PlanText, SessionText, RoutineText, CalendarText): the keys
/// the code names are exactly the English resource's, and each shipped language has every key with the same arguments.
/// </summary>
internal static class ResourceChecks
{
    /// <summary>The shipped languages other than English.</summary>
    public static TheoryData<string> OtherLanguages => [.. SuppleCultures.Languages.Where(l => l != SuppleCultures.English)];

    /// <summary>The public string constants of <paramref name="keysType"/> (the keys the code uses).</summary>
    public static List<string> KeysOf(Type keysType) =>
        [.. keysType.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)];

    /// <summary>Every key is in the English resource, and the English resource has no key the code does not use.</summary>
    public static void EveryKeyIsInEnglishAndNoneIsUnused(IReadOnlyCollection<string> keys, ResourceManager resources)
    {
        var english = new SuppleStringLocalizer(resources, SuppleCultures.Get(SuppleCultures.English));

        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.False(english[key].ResourceNotFound, key));
        Assert.Equal(keys.Order(StringComparer.Ordinal), english.GetAllStrings(includeParentCultures: true).Select(s => s.Name));
    }

    /// <summary><paramref name="language"/> has every key, with the English's arguments and plural forms.</summary>
    public static void LanguageIsComplete(ResourceManager resources, string language)
    {
        var problems = ResourceTranslationCheck.Check(resources, language, out var missing);

        Assert.Empty(problems);
        Assert.Empty(missing);
    }
}
