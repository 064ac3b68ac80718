using Microsoft.AspNetCore.Diagnostics;
using Supple.Application;
using Supple.Web.Localization;

namespace Supple.Web.Hosting;

/// <summary>
/// A use case that refused (the safety gate, every stretch paused, no such session, a session that has ended) or a
/// saved document that cannot be read: an RFC 9457 problem that says why and what to do. No such session is 404;
/// everything else is 409 (the request is fine, the person's state refuses it). The <c>reason</c> extension names the
/// refusal in kebab-case.
/// </summary>
internal sealed class RefusalExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        RequestLanguage.Apply(httpContext);
        var (status, title, detail, reason) = exception switch
        {
            RefusedException refused => (
                refused.Reason == RefusalReason.NoSuchSession ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict,
                refused.Title,
                WebMessages.WhatToDo(refused.Reason) is { } what ? $"{refused.Message} {what}" : refused.Message,
                Reason(refused.Reason)),
            DamagedDocumentException damaged => (StatusCodes.Status409Conflict, WebMessages.ReassessForPlan, damaged.Message, "damaged-document"),
            _ => (0, "", "", ""),
        };
        if (status == 0 || httpContext.Response.HasStarted)
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status, Title = title, Detail = detail };
        problem.Extensions["reason"] = reason;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    internal static string Reason(RefusalReason reason) => reason switch
    {
        RefusalReason.SeeDoctorFirst => "see-doctor-first",
        RefusalReason.AllPaused => "all-paused",
        RefusalReason.DisclaimerNotAccepted => "disclaimer-not-accepted",
        RefusalReason.NoDeskBreakStretches => "no-desk-break-stretches",
        RefusalReason.AboveArticleRange => "above-article-range",
        RefusalReason.NoSuchSession => "no-such-session",
        RefusalReason.SessionEnded => "session-ended",
        _ => "nothing-to-do",
    };
}
