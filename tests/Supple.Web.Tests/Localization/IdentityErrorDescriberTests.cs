using System.Reflection;
using Microsoft.AspNetCore.Identity;
using Supple.Core.Localization;
using Supple.Web.Accounts;
using Supple.Web.Localization;
using Supple.Web.Resources;

namespace Supple.Web.Tests.Localization;

/// <summary>
/// <see cref="SuppleIdentityErrorDescriber"/> describes every error Identity's describer has, in the current UI
/// culture (<see cref="AccountText"/>'s <c>Identity.</c> keys): in English word for word Identity's own description,
/// with Identity's codes in every language; the language's own words in de/es/fr; no plain English under the
/// pseudo-locale but the value the error names.
/// </summary>
public sealed class IdentityErrorDescriberTests
{
    /// <summary>Every error method Identity's describer has (all virtual), with a value for its argument.</summary>
    public static TheoryData<string> Methods => [.. MethodNames];

    private static List<string> MethodNames =>
        [.. typeof(IdentityErrorDescriber).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.IsVirtual && m.ReturnType == typeof(IdentityError)).Select(m => m.Name)];

    [Fact]
    public void Every_error_Identity_describes_is_described_by_Supple()
    {
        var methods = MethodNames;

        Assert.True(methods.Count >= 22, string.Join(", ", methods));
        Assert.All(methods, name => Assert.Equal(typeof(SuppleIdentityErrorDescriber), Override(name).DeclaringType));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void In_English_each_is_Identitys_own_description_with_its_code(string name)
    {
        var (identity, supple) = In("en", () => (Describe(new IdentityErrorDescriber(), name), Describe(new SuppleIdentityErrorDescriber(), name)));

        Assert.Equal(identity.Code, supple.Code);
        Assert.Equal(identity.Description, supple.Description);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void In_each_shipped_language_each_is_in_that_language_with_Identitys_code(string name)
    {
        var english = In("en", () => Describe(new SuppleIdentityErrorDescriber(), name));
        foreach (var language in SuppleCultures.Languages.Where(l => l != SuppleCultures.English))
        {
            var translated = In(language, () => Describe(new SuppleIdentityErrorDescriber(), name));
            Assert.Equal(english.Code, translated.Code);
            Assert.NotEqual(english.Description, translated.Description);
        }

        var pseudo = In(PseudoLocale.Name, () => Describe(new SuppleIdentityErrorDescriber(), name)).Description;
        Assert.True(PseudoLocale.IsTransformed(pseudo.Replace("a@b.example", "", StringComparison.Ordinal)), pseudo);
    }

    [Fact]
    public void The_words_of_a_few_in_German_Spanish_and_French()
    {
        var describer = new SuppleIdentityErrorDescriber();

        Assert.Equal("Ungültiges Token.", In("de", () => describer.InvalidToken().Description));
        Assert.Equal("Die E-Mail-Adresse 'a@b.example' ist schon vergeben.", In("de", () => describer.DuplicateEmail("a@b.example").Description));
        Assert.Equal("La contraseña debe usar al menos 4 caracteres distintos.", In("es", () => describer.PasswordRequiresUniqueChars(4).Description));
        Assert.Equal("Le mot de passe doit contenir au moins un chiffre ('0'-'9').", In("fr", () => describer.PasswordRequiresDigit().Description));
        // What a person meets is put in Supple's plainer words, by code, whatever the description.
        Assert.Equal("Das aktuelle Passwort ist falsch.", In("de", () => AccountMessages.Describe(describer.PasswordMismatch())));
        Assert.Equal("Ungültiges Token.", In("de", () => AccountMessages.Describe(describer.InvalidToken())));
    }

    private static MethodInfo Method(string name) => typeof(IdentityErrorDescriber).GetMethod(name)!;

    private static MethodInfo Override(string name) =>
        typeof(SuppleIdentityErrorDescriber).GetMethod(name, [.. Method(name).GetParameters().Select(p => p.ParameterType)])!;

    private static IdentityError Describe(IdentityErrorDescriber describer, string name)
    {
        var method = describer.GetType().GetMethod(name, [.. Method(name).GetParameters().Select(p => p.ParameterType)])!;
        object?[] arguments = [.. method.GetParameters().Select(p => p.ParameterType == typeof(int) ? (object)4 : "a@b.example")];
        return (IdentityError)method.Invoke(describer, arguments)!;
    }

    private static T In<T>(string language, Func<T> read) => RecipientLanguage.Write(SuppleCultures.Get(language), read);
}
