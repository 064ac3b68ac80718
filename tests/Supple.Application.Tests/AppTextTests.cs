using System.Globalization;
using Supple.Core.Localization;

namespace Supple.Application.Tests;

/// <summary>The application layer's wording (<see cref="AppMessages"/>, <c>AppText.resx</c>): complete in every shipped language, English unchanged.</summary>
public sealed class AppTextTests
{
    public static TheoryData<string> Languages => [.. SuppleCultures.Languages.Where(l => l != SuppleCultures.English)];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_shipped_language_has_every_key_and_the_same_arguments(string language)
    {
        var problems = ResourceTranslationCheck.Check(AppMessages.Resources, language, out var missing);

        Assert.Empty(problems);
        Assert.Empty(missing);
    }

    [Fact]
    public void The_messages_follow_the_current_UI_culture_and_English_reads_as_before()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = SuppleCultures.Get("en");
            Assert.Equal("'x' is not in your plan. Its stretches: a, b.", AppMessages.Format(AppMessages.NotInPlan, "x", "a, b"));
            Assert.Equal("3 stretches", AppMessages.StretchCount(3));
            Assert.Equal("one stretch", AppMessages.StretchCount(1));

            CultureInfo.CurrentUICulture = SuppleCultures.Get("fr");
            Assert.Equal("'x' ne fait pas partie de votre plan. Ses étirements : a, b.", AppMessages.Format(AppMessages.NotInPlan, "x", "a, b"));
            Assert.Equal("Pas de plan", AppMessages.TitleNoPlan);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
