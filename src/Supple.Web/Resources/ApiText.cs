using System.Resources;
using Microsoft.Extensions.Localization;
using Supple.Core.Localization;

namespace Supple.Web.Resources;

/// <summary>
/// The titles and details of the problems Supple's own API answers with, and how to act on a refusal in the browser
/// (<c>ApiText.resx</c>, English, and <c>ApiText.LANG.resx</c> beside it), by key, in
/// <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>: the request's language (Accept-Language, or the
/// choice kept with the person's data). The problem's <c>type</c>, <c>status</c>, field names and <c>reason</c> codes
/// are never translated.
/// </summary>
public sealed class ApiText
{
    public const string AnswersNotUsed = "Api.AnswersNotUsed";
    public const string ClearanceNotRecorded = "Api.ClearanceNotRecorded";
    public const string TimelineInvalid = "Api.TimelineInvalid";
    public const string ReminderNotSaved = "Api.ReminderNotSaved";
    public const string DeskBreakHoursNotSaved = "Api.DeskBreakHoursNotSaved";
    public const string SessionNotStarted = "Api.SessionNotStarted";
    public const string StepsNotSaved = "Api.StepsNotSaved";
    public const string SessionNotFinished = "Api.SessionNotFinished";
    public const string SessionNotStopped = "Api.SessionNotStopped";
    public const string SessionNotSaved = "Api.SessionNotSaved";
    public const string PainEntryNotSaved = "Api.PainEntryNotSaved";
    public const string RequestInvalid = "Api.RequestInvalid";
    public const string NoPlanTitle = "Api.NoPlanTitle";
    public const string NoPlanDetail = "Api.NoPlanDetail";
    public const string NoSuchStretchTitle = "Api.NoSuchStretchTitle";
    public const string NoSuchStretchDetail = "Api.NoSuchStretchDetail";
    public const string ExportNotMade = "Api.ExportNotMade";
    public const string BodyTooLarge = "Api.BodyTooLarge";
    public const string BodyTooLargeDetail = "Api.BodyTooLargeDetail";
    public const string BodyMustBeJson = "Api.BodyMustBeJson";
    public const string BodyMustBeJsonDetail = "Api.BodyMustBeJsonDetail";
    public const string BodyNotUsed = "Api.BodyNotUsed";
    public const string RequestNotRead = "Api.RequestNotRead";
    public const string NotA = "Api.NotA";
    public const string ExpectedWholeNumber = "Api.ExpectedWholeNumber";
    public const string ExpectedNumber = "Api.ExpectedNumber";
    public const string ExpectedBoolean = "Api.ExpectedBoolean";
    public const string BodyRequired = "Api.BodyRequired";
    public const string DoesNotFit = "Api.DoesNotFit";
    public const string CrossSiteTitle = "Api.CrossSiteTitle";
    public const string CrossSiteDetail = "Api.CrossSiteDetail";
    public const string DatabaseUnavailableTitle = "Api.DatabaseUnavailableTitle";
    public const string DatabaseUnavailableDetail = "Api.DatabaseUnavailableDetail";
    public const string RefusalClearOrRetake = "Refusal.ClearOrRetake";
    public const string RefusalResume = "Refusal.Resume";
    public const string RefusalAcceptDisclaimer = "Refusal.AcceptDisclaimer";
    public const string RefusalReassessForPlan = "Refusal.ReassessForPlan";
    public const string RefusalNothingSaved = "Refusal.NothingSaved";

    // i18n-web3: the field messages inside API validation problems
    public const string FieldPainRequired = "Field.PainRequired";
    public const string FieldPainOutOfRange = "Field.PainOutOfRange";
    public const string FieldTimeInFuture = "Field.TimeInFuture";
    public const string FieldTimeBefore = "Field.TimeBefore";
    public const string FieldStretchRequired = "Field.StretchRequired";
    public const string FieldUnknownStretch = "Field.UnknownStretch";
    public const string FieldUnknownStretchIds = "Field.UnknownStretchIds";
    public const string FieldAtMostIds = "Field.AtMostIds";
    public const string FieldLevelOneOf = "Field.LevelOneOf";
    public const string FieldSideOneOf = "Field.SideOneOf";
    public const string FieldEachSide = "Field.EachSide";
    public const string FieldNoSides = "Field.NoSides";
    public const string FieldAtMostCharacters = "Field.AtMostCharacters";
    public const string FieldStepsRequired = "Field.StepsRequired";
    public const string FieldAtMostSteps = "Field.AtMostSteps";
    public const string FieldStepRequired = "Field.StepRequired";
    public const string FieldStepIndexRequired = "Field.StepIndexRequired";
    public const string FieldStepEnd = "Field.StepEnd";
    public const string FieldStepSeconds = "Field.StepSeconds";
    public const string FieldClientIdRequired = "Field.ClientIdRequired";
    public const string FieldStartedAtRequired = "Field.StartedAtRequired";
    public const string FieldRoutineRequired = "Field.RoutineRequired";
    public const string FieldAtMostStretches = "Field.AtMostStretches";
    public const string FieldDaysRange = "Field.DaysRange";
    public const string FieldUnknownArea = "Field.UnknownArea";
    public const string FieldClearedOnRequired = "Field.ClearedOnRequired";
    public const string FieldHoursFrom = "Field.HoursFrom";
    public const string FieldHoursTo = "Field.HoursTo";
    public const string FieldHoursOrder = "Field.HoursOrder";
    public const string FieldNotADay = "Field.NotADay";
    public const string FieldChooseADay = "Field.ChooseADay";
    public const string FieldHoursTooShort = "Field.HoursTooShort";

    // i18n-last: PUT /api/v1/push/subscription
    public const string SubscriptionNotSaved = "Api.SubscriptionNotSaved";
    public const string FieldPushEndpoint = "Field.PushEndpoint";
    public const string FieldPushPublicKey = "Field.PushPublicKey";
    public const string FieldPushAuthSecret = "Field.PushAuthSecret";
    public const string FieldTimeZone = "Field.TimeZone";

    /// <summary>The resources, read on first use.</summary>
    public static ResourceManager Resources { get; } = new(typeof(ApiText));

    /// <summary>The strings in the current UI culture.</summary>
    public static IStringLocalizer Localizer { get; } = new SuppleStringLocalizer(Resources);

    /// <summary>The text of <paramref name="key"/> in the current UI culture.</summary>
    public static string Get(string key) => Localizer[key];

    /// <summary>The message of <paramref name="key"/> with its arguments, in the current UI culture.</summary>
    public static string Format(string key, params (string Name, object? Value)[] arguments) => Localizer.Format(key, arguments);
}
