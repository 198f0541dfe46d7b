#define scoped_guard(_name, args...) YACFE_ITERATOR
