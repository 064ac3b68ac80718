using System.Globalization;
using Supple.Core.Localization;

namespace Supple.Core.Tests.Localization;

/// <summary>Sets the current culture (texts and formats) for one test, as each door does for a person; restores it on dispose.</summary>
internal sealed class UiCulture : IDisposable
{
    private readonly CultureInfo _ui = CultureInfo.CurrentUICulture;
    private readonly CultureInfo _format = CultureInfo.CurrentCulture;

    /// <param name="name">A language Supple speaks (its kept culture), or any other culture name .NET knows (e.g. <c>ja</c>).</param>
    public UiCulture(string name)
    {
        var culture = SuppleCultures.Languages.Contains(name) || name == PseudoLocale.Name ? SuppleCultures.Get(name) : CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
    }

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = _ui;
        CultureInfo.CurrentCulture = _format;
    }
}
