using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Diagnostics;
using Studio.Domain.Common;

namespace Studio.Web.Api.Zou;

/// <summary>
/// The one place that turns domain exceptions into Zou's status codes and bodies. Anything not
/// recognised is a server fault: logged, and answered with Zou's generic 500 body.
/// </summary>
public sealed partial class ZouExceptionHandler(ILogger<ZouExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, body) = exception switch
        {
            NotFoundException => (StatusCodes.Status404NotFound, ZouResults.Error(ZouResults.NotFoundMessage)),
            PermissionDeniedException => (StatusCodes.Status403Forbidden, ZouResults.Error(ZouResults.ForbiddenMessage)),
            ValidationException e => (StatusCodes.Status400BadRequest, ZouResults.ErrorWithData(e.Message, new JsonObject { ["errors"] = FieldErrors(e.Errors) })),
            UserLimitException e => (StatusCodes.Status400BadRequest, ZouResults.ErrorWithData(e.Message, new JsonObject { ["limit"] = e.Limit })),
            WrongParameterException e => (StatusCodes.Status400BadRequest, ZouResults.ErrorWithData(e.Message, null)),

            // ZOU: routes that refuse by hand write the message without a data key.
            RuleViolationException e => (StatusCodes.Status400BadRequest, ZouResults.Error(e.Message)),

            // ZOU: the generic CRUD routes answer a database integrity error with the message alone, without the error key.
            IntegrityException e => (StatusCodes.Status400BadRequest, new JsonObject { ["message"] = e.Message }),
            ConflictException e => (StatusCodes.Status409Conflict, ZouResults.Error(e.Message)),
            Studio.Domain.Mail.MailDeliveryException e => (StatusCodes.Status502BadGateway, ZouResults.Error(e.Message)),
            TooLargeException e => (StatusCodes.Status413PayloadTooLarge, ZouResults.Error(e.Message)),

            // ZOU: the assignment routes put the message in the error key.
            UnknownAssigneeException e => (StatusCodes.Status400BadRequest, new JsonObject { ["error"] = e.Message }),
            BadHttpRequestException e => (e.StatusCode, ZouResults.Error(e.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The uploaded content is too large." : ZouResults.EmptyBodyMessage)),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => (499, new JsonObject()),
            _ => (StatusCodes.Status500InternalServerError, ZouResults.Error("Internal server error.")),
        };
        if (status == StatusCodes.Status500InternalServerError)
        {
            LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        }

        if (!httpContext.Response.HasStarted)
        {
            await ZouResults.WriteAsync(httpContext, status, body);
        }

        return true;
    }

    private static JsonArray FieldErrors(IEnumerable<FieldError> errors) =>
        [.. errors.Select(f => (JsonNode)new JsonObject { ["field"] = f.Field, ["message"] = f.Message })];

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}
