import FlyingSocks
import Foundation

/// Why the preview could not start listening, in terms an editor can act on.
public enum ListenFailure: Error, Equatable {
    case portInUse
    case addressNotOwned
    case portNotAllowed
    case other(String)

    init(_ error: Error) {
        switch error as? SocketError {
        case .failed(_, EADDRINUSE, _): self = .portInUse
        case .failed(_, EADDRNOTAVAIL, _), .unsupportedAddress: self = .addressNotOwned
        case .failed(_, EACCES, _): self = .portNotAllowed
        default: self = .other(error.localizedDescription)
        }
    }
}
