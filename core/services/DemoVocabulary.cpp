#include "services/DemoVocabulary.h"
