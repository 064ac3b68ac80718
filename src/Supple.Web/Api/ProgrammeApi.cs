using Microsoft.AspNetCore.Http.HttpResults;
using Supple.Core.Content;
using Supple.Web.Resources;

namespace Supple.Web.Api;

/// <summary>
/// The programme: the seven stretches, causes, benefits, references, advice and the disclaimer, in the request's language
/// (ids, dosage and references as in every language).
/// </summary>
public static class ProgrammeApi
{
    public static RouteGroupBuilder MapProgrammeApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("").WithTags("Programme");
        group.MapGet("/programme", GetProgramme).WithSummary("The whole programme.");
        group.MapGet("/stretches", GetStretches).WithSummary("The stretches, in programme order.");
        group.MapGet("/stretches/{id}", GetStretch).WithSummary("One stretch by id.").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/causes", GetCauses).WithSummary("Common causes of upper-back pain.");
        group.MapGet("/benefits", GetBenefits).WithSummary("Benefits of stretching.");
        group.MapGet("/references", GetReferences).WithSummary("The numbered references.");
        group.MapGet("/disclaimer", GetDisclaimer).WithSummary("The medical disclaimer, the stop rule and the daily advice.");
        return api;
    }

    public static Ok<Programme> GetProgramme(LocalizedProgramme localized) => TypedResults.Ok(localized.Programme);

    public static Ok<IReadOnlyList<Stretch>> GetStretches(LocalizedProgramme localized) => TypedResults.Ok(localized.Programme.Stretches);

    public static Results<Ok<Stretch>, ProblemHttpResult> GetStretch(string id, LocalizedProgramme localized) =>
        localized.Programme.FindStretch(id) is { } stretch
            ? TypedResults.Ok(stretch)
            : TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: ApiText.Get(ApiText.NoSuchStretchTitle),
                detail: ApiText.Format(ApiText.NoSuchStretchDetail, ("id", id), ("ids", string.Join(", ", localized.Programme.Stretches.Select(s => s.Id)))));

    public static Ok<IReadOnlyList<Cause>> GetCauses(LocalizedProgramme localized) => TypedResults.Ok(localized.Programme.Causes);

    public static Ok<IReadOnlyList<Benefit>> GetBenefits(LocalizedProgramme localized) => TypedResults.Ok(localized.Programme.Benefits);

    public static Ok<IReadOnlyList<Reference>> GetReferences(LocalizedProgramme localized) => TypedResults.Ok(localized.Programme.References);

    public static Ok<DisclaimerResponse> GetDisclaimer(LocalizedProgramme localized) =>
        TypedResults.Ok(new DisclaimerResponse(localized.Programme.Disclaimer, localized.Programme.StopRule, localized.Programme.DailyAdvice));
}
