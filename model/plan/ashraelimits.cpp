#include "ashraelimits.h"

namespace rw {

AshraeInletLimits AshraeInletLimits::of(AshraeClass ashraeClass)
{
    // Reference card table 2.1: allowable A1 15-32, A2 10-35, A3 5-40, A4 5-45 °C; H1 5-25 °C.
    switch (ashraeClass) {
    case AshraeClass::A1:
        return { 18, 27, 15, 32 };
    case AshraeClass::A2:
        return { 18, 27, 10, 35 };
    case AshraeClass::A3:
        return { 18, 27, 5, 40 };
    case AshraeClass::A4:
        return { 18, 27, 5, 45 };
    case AshraeClass::H1:
        return { 18, 22, 5, 25 };
    }
    return {};
}

}  // namespace rw
