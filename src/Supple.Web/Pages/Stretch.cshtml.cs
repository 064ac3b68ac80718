using Microsoft.AspNetCore.Mvc.RazorPages;
using Supple.Application;
using Supple.Core.Content;
using Supple.Core.Safety;

namespace Supple.Web.Pages;

/// <summary>
/// One stretch in full, and "Do this stretch now" through the same rules as any session: not offered while the
/// safety gate is closed, nor while the stretch is paused.
/// </summary>
public sealed class StretchModel(SuppleApp app, LocalizedProgramme localized) : PageModel
{
    /// <summary>The programme in the request's language (what the page shows).</summary>
    public Programme Programme => localized.Programme;

    public LocalizedProgramme Localized => localized;

    public Stretch? Stretch { get; private set; }

    /// <summary>Why "do this now" is not offered (the safety gate, or the stretch is paused), or <c>null</c>.</summary>
    public SafetyAdvice? Refusal { get; private set; }

    /// <summary>The application's refusal when it is not safety advice (e.g. paused), as a title and message.</summary>
    public (string Title, string Message)? NotOffered { get; private set; }

    public async Task OnGetAsync(string id, CancellationToken ct)
    {
        Stretch = localized.Programme.FindStretch(id);
        if (Stretch is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        try
        {
            await app.Sessions.PrepareAsync(new SessionRequest(Only: [Stretch.Id]), ct);
        }
        catch (RefusedException refused) when (refused.Reason == RefusalReason.SeeDoctorFirst)
        {
            Refusal = await app.Assessments.RefusalAsync(ct);
        }
        catch (RefusedException refused)
        {
            NotOffered = (refused.Title, refused.Message + (Hosting.WebMessages.WhatToDo(refused.Reason) is { } what ? " " + what : ""));
        }
    }
}
