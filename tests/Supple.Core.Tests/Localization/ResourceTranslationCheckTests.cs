using System.Resources;
using Supple.Core.Localization;

namespace Supple.Core.Tests.Localization;

/// <summary>The check every door's .resx translations get: keys, arguments, plural categories, syntax.</summary>
public sealed class ResourceTranslationCheckTests
{
    private static readonly ResourceManager Resources = new("Supple.Core.Tests.Localization.TestText", typeof(TestText).Assembly);

    [Fact]
    public void A_good_partial_translation_has_no_problems_and_lists_what_it_lacks()
    {
        var problems = ResourceTranslationCheck.Check(Resources, "de", out var missing);

        Assert.Empty(problems);
        Assert.Equal(["OnlyEnglish"], missing);
    }

    [Fact]
    public void Wrong_arguments_foreign_plural_categories_bad_syntax_and_extra_keys_are_reported()
    {
        var problems = ResourceTranslationCheck.Check(Resources, "es", out var missing);

        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("es: Greeting: the arguments are {nombre}; the English has {name}.", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("es: Stretches: 'few' is not a plural category of es (many, one, other)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("es: Positional: The message \"{0} de {1\" is malformed", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("es: Extra: the English has no such key", StringComparison.Ordinal));
        Assert.Equal(["OnlyEnglish"], missing);
    }
}
