using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Supple.Core.Localization;
using Supple.Web.Localization;

namespace Supple.Web.Pages;

/// <summary>
/// <c>/language</c>: choose the language, or leave it to the browser. Open to everyone, signed in or not; the choice
/// is kept in a cookie and, for a person, with their data (<see cref="LanguagePreference"/>).
/// </summary>
[AllowAnonymous]
public sealed class LanguageModel(LanguagePreference preference) : PageModel
{
    /// <summary>The languages Supple speaks.</summary>
    public IReadOnlyList<string> Languages => SuppleCultures.Languages;

    /// <summary>The language chosen so far, or <c>null</c> (the browser decides).</summary>
    public string? Chosen { get; private set; }

    /// <summary>Where to go back to after saving (a path on this site).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var chosen = await preference.CurrentChoiceAsync(ct);
        Chosen = chosen is null ? null : Languages.FirstOrDefault(l => string.Equals(l, chosen.Split('-', 2)[0], StringComparison.OrdinalIgnoreCase));
    }

    public async Task<IActionResult> OnPostAsync(string? lang, CancellationToken ct)
    {
        string? language = null;
        if (lang != "auto")
        {
            // Only a language Supple speaks (or the pseudo-locale, for testing) is kept.
            if (string.IsNullOrWhiteSpace(lang) || LanguageChoice.Match(lang) is null)
            {
                return BadRequest();
            }

            language = lang;
        }

        await preference.SaveAsync(language, ct);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
