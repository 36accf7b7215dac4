using Studio.Domain.Common;

namespace Studio.Web.Components;

/// <summary>The domain's refusals (Zou's error kinds) in words for a page; anything else is a bug and is not caught.</summary>
public static class UiErrors
{
    public static bool IsRefusal(Exception e) => e is PermissionDeniedException or NotFoundException or WrongParameterException or ZouErrorException;

    public static bool IsForbidden(Exception e) => e is PermissionDeniedException || (e is ZouErrorException z && z.StatusCode == StatusCodes.Status403Forbidden);

    public static string Message(Exception e) => e switch
    {
        PermissionDeniedException => "You are not allowed to see or change this.",
        NotFoundException => "This was not found: it may have been removed.",
        WrongParameterException w => w.Message,
        ZouErrorException z when z.StatusCode == StatusCodes.Status403Forbidden => "You are not allowed to see or change this.",
        ZouErrorException z => z.Body["message"]?.ToString() ?? z.Body["error"]?.ToString() ?? "The change was refused.",
        _ => "Something went wrong.",
    };
}
