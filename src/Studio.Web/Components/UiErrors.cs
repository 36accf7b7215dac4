using Studio.Domain.Common;

namespace Studio.Web.Components;

/// <summary>The domain's refusals in words for a page; anything else is a bug and is not caught.</summary>
public static class UiErrors
{
    public static bool IsRefusal(Exception e) => e is DomainException;

    public static bool IsForbidden(Exception e) => e is PermissionDeniedException;

    public static string Message(Exception e) => e switch
    {
        PermissionDeniedException => "You are not allowed to see or change this.",
        NotFoundException => "This was not found: it may have been removed.",
        ValidationException v => string.Join(" ", v.Errors.Select(f => $"{f.Field}: {f.Message}")),
        DomainException d => d.Message,
        _ => "Something went wrong.",
    };
}
